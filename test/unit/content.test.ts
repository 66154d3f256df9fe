import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource, memorySource } from '../../src/core/content/contentSource';
import { DiagnosticBag, formatDiagnostic } from '../../src/core/content/diagnostics';
import { allProblems } from '../../src/core/content/model';
import { validateProblem } from '../../src/core/content/validateProblem';
import { loadCourse } from '../../src/core/content/loadCourse';
import { leadingComment, loadProblemFiles } from '../../src/core/content/loadProblemFiles';
import { validateCourse } from '../../src/core/content/validateCourse';
import { GradingService } from '../../src/core/grading/gradingService';
import { splitFrontMatter } from '../../src/core/content/yamlFile';

const root = path.join(__dirname, '..', '..');

const problemMd = (id: string, extra = '') => `---
id: ${id}
title: T ${id}
kind: query
difficulty: easy
hints: [think]
${extra}---
Statement of ${id}.
`;

function course(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    // strict: false: the authoring bar (authoringBar.test.ts) is not what these tests are about.
    'course.yaml': 'title: Test course\nversion: 3\nstrict: false\nmodules: [m1]\n',
    'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [intro, p1, q1]\n',
    'modules/m1/lessons/intro.md': '---\nid: intro\ntitle: Intro\nminutes: 5\nproblems: [p1]\n---\n# Intro\nSee [p1](problem:p1).\n',
    'modules/m1/problems/p1/problem.md': problemMd('p1'),
    'modules/m1/problems/p1/schema.sql': 'CREATE TABLE t(x INTEGER);',
    'modules/m1/problems/p1/datasets/01-sample.sql': 'INSERT INTO t VALUES (1), (2);',
    'modules/m1/problems/p1/datasets/02-more.sql': 'INSERT INTO t VALUES (5);',
    'modules/m1/problems/p1/starter.sql': 'SELECT 0',
    'modules/m1/problems/p1/solution.sql': 'SELECT SUM(x) FROM t',
    'modules/m1/problems/p1/wrong/count.sql': '-- counts rows instead of adding them\nSELECT COUNT(*) FROM t',
    'modules/m1/quizzes/q1.yaml': `id: q1
title: Q
questions:
  - id: a
    type: single
    prompt: Pick one
    explanation: Because.
    options:
      - { id: x, text: X, correct: true, explanation: right }
      - { id: y, text: Y, explanation: wrong }
`,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined));
}

const messages = (files: Record<string, string>) => loadCourse(memorySource(files)).diagnostics.map(formatDiagnostic);
/** `file:line CODE`: what tests key on (codes and places, not wording). */
const where = (d: { file: string; line?: number; code: string }) => `${d.file}:${d.line ?? ''} ${d.code}`;

describe('loadCourse', () => {
  it('loads a well-formed course in order with no diagnostics', () => {
    const { course: c, diagnostics } = loadCourse(memorySource(course()));
    expect(diagnostics).toEqual([]);
    expect(c.title).toBe('Test course');
    expect(c.version).toBe('3');
    expect(c.modules[0].items.map((i) => `${i.kind}:${i.id}:${i.order}`)).toEqual(['lesson:intro:0', 'problem:p1:1', 'quiz:q1:2']);
  });

  it('reports every problem at once, with file and line, and keeps what loaded', () => {
    const files = course({
      'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [intro, p1, q1, ghost]\n',
      'modules/m1/lessons/intro.md': '---\nid: intro\ntitle: Intro\nminutes: five\n---\nBody\n',
      'modules/m1/problems/p1/problem.md': problemMd('p1', 'difficulty2: hard\n'),
      'modules/m1/lessons/stray.md': '---\nid: stray\ntitle: S\nminutes: 1\n---\n',
    });
    const { course: c, diagnostics } = loadCourse(memorySource(files));
    expect(diagnostics.map(where)).toEqual(
      expect.arrayContaining([
        'modules/m1/lessons/intro.md:4 DD102',
        'modules/m1/problems/p1/problem.md:7 DD102',
        'modules/m1/module.yaml:4 DD103',
        'modules/m1/lessons/stray.md: DD104',
      ]),
    );
    // The format a terminal shows: file:line: severity CODE: message.
    expect(diagnostics.map(formatDiagnostic)).toContain('modules/m1/lessons/intro.md:4: error DD102: minutes: Invalid input: expected number, received string');
    // The quiz still loaded.
    expect(c.items.has('q1')).toBe(true);
  });

  it('reports YAML syntax errors with their line', () => {
    const m = messages(course({ 'modules/m1/module.yaml': 'id: m1\ntitle: One: two\nsummary: x\nitems: []\n' }));
    expect(m.some((t) => /^modules\/m1\/module\.yaml:2:\d+: error DD101: YAML/.test(t))).toBe(true);
  });

  it('refuses duplicate ids across kinds and modules', () => {
    const files = course({
      'course.yaml': 'title: T\nversion: 1\nmodules: [m1, m2]\n',
      'modules/m2/module.yaml': 'id: m2\ntitle: Two\nsummary: S\nitems: [p1]\n',
      'modules/m2/lessons/p1.md': '---\nid: p1\ntitle: Clash\nminutes: 1\n---\n',
    });
    expect(loadCourse(memorySource(files)).diagnostics.map(where)).toContain('modules/m2/lessons/p1.md: DD106');
  });

  it('explains a missing course.yaml and a missing module folder', () => {
    expect(messages({})).toEqual(['course.yaml: error DD100: no course.yaml in <memory>: is this a DE Dojo content folder?']);
    expect(loadCourse(memorySource(course({ 'course.yaml': 'title: T\nversion: 1\nmodules: [m1, nowhere]\n' }))).diagnostics.map(where)).toContain('course.yaml: DD103');
  });

  it('reads problem files lazily, with the known-wrong reasons', () => {
    const source = memorySource(course());
    const { course: c } = loadCourse(source);
    const p = c.items.get('p1');
    if (p?.kind !== 'problem') throw new Error('p1 should be a problem');
    const { files } = loadProblemFiles(source, p);
    expect(files?.kind).toBe('query');
    if (files?.kind !== 'query') return;
    expect(files.datasets.map((d) => [d.name, d.visible])).toEqual([
      ['01-sample', true],
      ['02-more', false],
    ]);
    expect(files.wrong[0].why).toBe('counts rows instead of adding them');
  });

  it('splits front matter and knows where the body starts', () => {
    expect(splitFrontMatter('---\na: 1\nb: 2\n---\nbody\n')).toEqual({ frontMatter: 'a: 1\nb: 2', body: 'body\n', bodyLine: 5 });
    expect(splitFrontMatter('no front matter')).toBeUndefined();
    expect(leadingComment('\n-- one\n--two\nSELECT 1 -- not this')).toBe('one two');
  });
});

describe('validateCourse', () => {
  const grader = new GradingService({ workerPath: path.join(root, 'dist', 'grading-worker.js'), deadlineMs: 5000 });
  afterAll(() => grader.dispose());

  it('accepts a sound course', async () => {
    const report = await validateCourse(memorySource(course()), grader);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.counts).toEqual({ modules: 1, lessons: 1, problems: 1, quizzes: 1 });
  });

  it('finds a wrong answer the datasets cannot catch, a starter that passes, broken links and quizzes', async () => {
    const files = course({
      'modules/m1/problems/p1/wrong/max.sql': '-- 1.5 times the largest value equals the sum on both datasets, by accident\nSELECT MAX(x) * 1.5 FROM t',
      'modules/m1/problems/p1/datasets/02-more.sql': 'INSERT INTO t VALUES (2), (4);',
      'modules/m1/problems/p1/starter.sql': 'SELECT SUM(x) FROM t',
      'modules/m1/lessons/intro.md': '---\nid: intro\ntitle: Intro\nminutes: 5\n---\n# Intro\n\nSee [nothing](problem:nope) and [x](command:workbench.action.quit).\n\n:::quiz q9\n',
      'modules/m1/problems/p1/explanation.md': 'Sum the column.\n\nCompare [a lesson that is not there](lesson:nope).\n',
      'modules/m1/quizzes/q1.yaml': course()['modules/m1/quizzes/q1.yaml'].replace('explanation: wrong }', 'correct: true, explanation: wrong }'),
    });
    const report = await validateCourse(memorySource(files), grader);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map(where);
    expect(errors).toEqual(
      expect.arrayContaining([
        'modules/m1/problems/p1/wrong/max.sql: DD203',
        'modules/m1/problems/p1/starter.sql: DD202',
        'modules/m1/lessons/intro.md:8 DD110',
        'modules/m1/lessons/intro.md:10 DD111',
        'modules/m1/problems/p1/explanation.md:3 DD110',
        'modules/m1/quizzes/q1.yaml:4 DD402',
      ]),
    );
    // Both bad links on line 8 are reported.
    expect(errors.filter((e) => e === 'modules/m1/lessons/intro.md:8 DD110')).toHaveLength(2);
  });

  it('catches an ordered problem whose datasets cannot tell order', async () => {
    const files = course({
      'modules/m1/problems/p1/problem.md': problemMd('p1', 'orderBy: [1]\n'),
      'modules/m1/problems/p1/solution.sql': 'SELECT SUM(x) FROM t',
      'modules/m1/problems/p1/wrong/count.sql': '-- counts\nSELECT COUNT(*) FROM t',
    });
    const report = await validateCourse(memorySource(files), grader);
    expect(report.diagnostics.map(where)).toContain('modules/m1/problems/p1/datasets: DD206');
  });

  /** What the shipped-course test checks, for the shipped folder or a broken copy of it. */
  const courseErrors = async (dir: string) => {
    const report = await validateCourse(fileSystemSource(dir), grader);
    return { report, errors: report.diagnostics.filter((d) => d.severity === 'error') };
  };

  it('the shipped course is valid, pipelines included: broken content fails npm test', async () => {
    const { report, errors } = await courseErrors(path.join(root, 'content'));
    expect(errors.map(formatDiagnostic)).toEqual([]);
    // Every problem folder on disk was checked (none skipped), however many the course grows to.
    const problemDirs = fs
      .readdirSync(path.join(root, 'content', 'modules'))
      .flatMap((m) => {
        const dir = path.join(root, 'content', 'modules', m, 'problems');
        return fs.existsSync(dir) ? fs.readdirSync(dir).filter((p) => fs.existsSync(path.join(dir, p, 'problem.md'))) : [];
      });
    expect(problemDirs.length).toBeGreaterThanOrEqual(11);
    expect(report.counts.problems).toBe(problemDirs.length);
    // The catalogue also loads quietly through the front ends' entry point.
    expect(new Catalog(fileSystemSource(path.join(root, 'content'))).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 120_000);

  it('every shipped known-wrong answer, put in place of the reference, is caught', async () => {
    // The alt answers have teeth: whichever classic mistake an author made in solution.sql,
    // validate reports it — an alt answer disagrees (DD205) or the reference fails itself (DD201).
    const catalog = new Catalog(fileSystemSource(path.join(root, 'content')));
    const escaped: string[] = [];
    for (const problem of allProblems(catalog.course)) {
      const files = catalog.problemFiles(problem.id).files!;
      for (const w of files.wrong) {
        const bag = new DiagnosticBag();
        await validateProblem(problem, { ...files, solutionSql: w.sql }, grader, bag);
        if (!bag.items.some((d) => d.severity === 'error' && (d.code === 'DD205' || d.code === 'DD201'))) escaped.push(w.path);
      }
    }
    expect(escaped).toEqual([]);
  }, 300_000);

  it('a pipeline problem with a broken reference fails the shipped-course check', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dojo-content-'));
    try {
      fs.cpSync(path.join(root, 'content'), copy, { recursive: true });
      fs.writeFileSync(path.join(copy, 'modules/batch/problems/cdc-upsert/solution.sql'), 'DELETE FROM customers;\n');
      const { errors } = await courseErrors(copy);
      expect(errors.map((d) => `${d.file} ${d.code}`)).toEqual(['modules/batch/problems/cdc-upsert/alt/window-update-then-insert.sql DD205']);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
