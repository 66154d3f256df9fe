// The authoring bar: every code has a case that produces it and a sound course that does not, so
// removing a check makes a test fail. Codes and places are asserted, not wording.
import { describe, expect, it } from 'vitest';
import { proseWordCount } from '../../src/core/content/authoringBar';
import { CODES, isBarCode } from '../../src/core/content/codes';
import { memorySource } from '../../src/core/content/contentSource';
import type { Diagnostic } from '../../src/core/content/diagnostics';
import { applyKnownGaps, parseKnownGaps } from '../../src/core/content/knownGaps';
import { validateCourse, type ContentGrader } from '../../src/core/content/validateCourse';
import type { QueryGrade } from '../../src/core/grading/types';

/** Every answer is graded "correct" except those containing WRONG: the bar is not about grading. */
const fakeGrader: ContentGrader = {
  gradeQuery: async (spec, answer) =>
    ({ kind: 'query', problemId: spec.id, status: /WRONG|starter/i.test(answer) ? 'incorrect' : 'correct', datasets: [], ms: 0 }) as QueryGrade,
  runQuery: async (spec) => ({ problemId: spec.id, dataset: '', ms: 0 }),
  gradePipeline: () => Promise.reject(new Error('no pipelines here')),
};

const prose = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

const quizYaml = (extra = '', optionExplanation = 'Because the watermark trails the data.') => `id: q1
title: Q
questions:
  - id: a
    type: single
    prompt: Pick one
    explanation: Because.
${extra}    options:
      - { id: x, text: X, correct: true, explanation: "${optionExplanation}" }
      - { id: y, text: Y, explanation: "A learner picks this when counting rows." }
`;

/** A course that meets the bar everywhere; each test breaks one thing. */
function sound(overrides: Record<string, string | undefined> = {}, strict = true): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'course.yaml': `title: T\nversion: 1\n${strict ? '' : 'strict: false\n'}modules: [m1]\n`,
    'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [intro, p1, q1]\n',
    'modules/m1/lessons/intro.md': `---\nid: intro\ntitle: Intro\nminutes: 5\nproblems: [p1]\n---\n# Intro\n\n${prose(700)}\n\n:::takeaways\n- keep this\n:::\n`,
    'modules/m1/problems/p1/problem.md': '---\nid: p1\ntitle: P\nkind: query\ndifficulty: easy\nhints:\n  - one\n  - two\n---\nStatement.\n',
    'modules/m1/problems/p1/schema.sql': 'CREATE TABLE t(x INTEGER);',
    'modules/m1/problems/p1/datasets/01.sql': 'INSERT INTO t VALUES (1);',
    'modules/m1/problems/p1/datasets/02.sql': 'INSERT INTO t VALUES (2);',
    'modules/m1/problems/p1/datasets/03.sql': 'INSERT INTO t VALUES (3);',
    'modules/m1/problems/p1/starter.sql': 'SELECT 0 -- starter',
    'modules/m1/problems/p1/solution.sql': 'SELECT SUM(x) FROM t',
    'modules/m1/problems/p1/alt/a.sql': '-- other style\nSELECT TOTAL(x) FROM t',
    'modules/m1/problems/p1/wrong/w1.sql': '-- counts\nSELECT COUNT(*) FROM t -- WRONG',
    'modules/m1/problems/p1/wrong/w2.sql': '-- max\nSELECT MAX(x) FROM t -- WRONG',
    'modules/m1/problems/p1/wrong/w3.sql': '-- min\nSELECT MIN(x) FROM t -- WRONG',
    'modules/m1/problems/p1/explanation.md': 'Why it works.',
    'modules/m1/quizzes/q1.yaml': quizYaml('    lesson: intro\n'),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined));
}

const found = async (files: Record<string, string>, today = '2026-11-30') => (await validateCourse(memorySource(files), fakeGrader, { today })).diagnostics;
const at = (d: Diagnostic) => `${d.file}:${d.line ?? ''} ${d.code}`;
const errors = async (files: Record<string, string>) => (await found(files)).filter((d) => d.severity === 'error').map(at);

describe('the authoring bar', () => {
  it('a course that meets the bar has no findings at all', async () => {
    expect(await found(sound())).toEqual([]);
  });

  it.each([
    ['DD350', 'a lesson under 700 words of prose', { 'modules/m1/lessons/intro.md': `---\nid: intro\ntitle: Intro\nminutes: 5\nproblems: [p1]\n---\n# Intro\n\n${prose(650)}\n\n\`\`\`sql\n${prose(100)}\n\`\`\`\n\n| ${prose(60)} |\n|---|\n\n:::takeaways\n- keep\n:::\n` }, 'modules/m1/lessons/intro.md:7 DD350'],
    ['DD351', 'a lesson without :::takeaways', { 'modules/m1/lessons/intro.md': `---\nid: intro\ntitle: Intro\nminutes: 5\nproblems: [p1]\n---\n# Intro\n\n${prose(700)}\n` }, 'modules/m1/lessons/intro.md:7 DD351'],
    ['DD352', 'a lesson with no practice listed', { 'modules/m1/lessons/intro.md': `---\nid: intro\ntitle: Intro\nminutes: 5\n---\n# Intro\n\n${prose(700)}\n\n:::takeaways\n- k\n:::\n` }, 'modules/m1/lessons/intro.md:2 DD352'],
    ['DD250', 'two datasets', { 'modules/m1/problems/p1/datasets/03.sql': undefined }, 'modules/m1/problems/p1/datasets: DD250'],
    ['DD251', 'two wrong answers', { 'modules/m1/problems/p1/wrong/w3.sql': undefined }, 'modules/m1/problems/p1/wrong: DD251'],
    ['DD252', 'a wrong answer without its opening comment', { 'modules/m1/problems/p1/wrong/w3.sql': 'SELECT MIN(x) FROM t -- WRONG' }, 'modules/m1/problems/p1/wrong/w3.sql:1 DD252'],
    ['DD253', 'no alt answer', { 'modules/m1/problems/p1/alt/a.sql': undefined }, 'modules/m1/problems/p1/alt: DD253'],
    ['DD254', 'one hint', { 'modules/m1/problems/p1/problem.md': '---\nid: p1\ntitle: P\nkind: query\ndifficulty: easy\nhints:\n  - one\n---\nS.\n' }, 'modules/m1/problems/p1/problem.md:6 DD254'],
    ['DD254', 'four hints', { 'modules/m1/problems/p1/problem.md': '---\nid: p1\ntitle: P\nkind: query\ndifficulty: easy\nhints: [a, b, c, d]\n---\nS.\n' }, 'modules/m1/problems/p1/problem.md:6 DD254'],
    ['DD255', 'no explanation', { 'modules/m1/problems/p1/explanation.md': undefined }, 'modules/m1/problems/p1/explanation.md: DD255'],
    ['DD450', 'an option explained in one word', { 'modules/m1/quizzes/q1.yaml': quizYaml('    lesson: intro\n', 'right') }, 'modules/m1/quizzes/q1.yaml:10 DD450'],
    ['DD451', 'a question without a lesson link', { 'modules/m1/quizzes/q1.yaml': quizYaml() }, 'modules/m1/quizzes/q1.yaml:4 DD451'],
    ['DD120', 'a TODO left in a solution', { 'modules/m1/problems/p1/solution.sql': '-- TODO: write it\nSELECT SUM(x) FROM t' }, 'modules/m1/problems/p1/solution.sql:1 DD120'],
  ])('%s: %s', async (code, _what, overrides, expected) => {
    expect(isBarCode(code as keyof typeof CODES)).toBe(true);
    expect(await errors(sound(overrides))).toEqual([expected]);
  });

  it('counts prose only: code blocks, inline code, tables and link targets are not words', () => {
    expect(proseWordCount('One two [three](lesson:x-y-z) `not this` four.\n\n```sql\nSELECT a, b, c\n```\n\n| a | b |\n|---|---|\n\n    indented code\n:::tip\nfive six\n:::\n')).toBe(6);
  });

  it('strict: false turns bar findings into warnings, and leaves defects errors', async () => {
    const files = sound({ 'modules/m1/problems/p1/alt/a.sql': undefined, 'modules/m1/lessons/intro.md': `---\nid: intro\ntitle: Intro\nminutes: 5\nproblems: [p1, nope]\n---\n# Intro\n` }, false);
    const d = await found(files);
    expect(d.filter((x) => x.severity === 'error').map((x) => x.code)).toEqual(['DD114']);
    expect(d.filter((x) => x.severity === 'warning').map((x) => x.code).sort()).toEqual(['DD253', 'DD350', 'DD351']);
  });

  it('the authoring bar codes are exactly the ones the bar checks', () => {
    const bar = Object.keys(CODES).filter((c) => isBarCode(c as keyof typeof CODES)).sort();
    expect(bar).toEqual(['DD120', 'DD250', 'DD251', 'DD252', 'DD253', 'DD254', 'DD255', 'DD350', 'DD351', 'DD352', 'DD450', 'DD451']);
  });
});

describe('known gaps', () => {
  const gapsFile = (code: string, file: string, expires = '2026-12-14') => `gaps:\n  - code: ${code}\n    file: ${file}\n    reason: the lesson is not written yet\n    expires: ${expires}\n`;

  it('a listed bar finding is a warning until its expiry, then an error again', async () => {
    const files = sound({ 'modules/m1/problems/p1/alt/a.sql': undefined, 'known-gaps.yaml': gapsFile('DD253', 'modules/m1/problems/p1/alt') });
    const before = await found(files, '2026-12-14');
    expect(before.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning DD253']);
    expect(before[0].message).toMatch(/known gap until 2026-12-14/);
    const after = await found(files, '2026-12-15');
    expect(after.map((d) => `${d.severity} ${d.code}`)).toEqual(['error DD253']);
  });

  it('a defect can never be waived', () => {
    const { gaps, diagnostics } = parseKnownGaps(gapsFile('DD201', 'modules/m1/problems/p1/solution.sql'));
    expect(gaps).toEqual([]);
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['known-gaps.yaml DD102']);
    const d: Diagnostic = { code: 'DD201', file: 'x', message: 'm', severity: 'error' };
    expect(applyKnownGaps([d], gaps, '2026-01-01')).toEqual([d]);
  });
});

describe('validating one item (the editor, on save)', () => {
  it('only: grades and holds to the bar just the named items, and still checks the structure', async () => {
    const graded: string[] = [];
    const counting: ContentGrader = { ...fakeGrader, gradeQuery: async (spec, answer) => (graded.push(spec.id), fakeGrader.gradeQuery(spec, answer)) };
    const files = sound({
      'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [intro, p1, q1, ghost]\n',
      'modules/m1/quizzes/q1.yaml': quizYaml(),
    });
    const onlyLesson = await validateCourse(memorySource(files), counting, { only: new Set(['intro']), today: '2026-11-30' });
    expect(graded).toEqual([]);
    expect(onlyLesson.diagnostics.map((d) => d.code)).toEqual(['DD103']); // the quiz's DD451 is out of scope
    const onlyProblem = await validateCourse(memorySource(files), counting, { only: new Set(['p1']), today: '2026-11-30' });
    expect(new Set(graded)).toEqual(new Set(['p1']));
    expect(onlyProblem.diagnostics.map((d) => d.code)).toEqual(['DD103']);
  });
});
