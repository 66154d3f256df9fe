// `de-dojo validate` on quizzes: every malformed quiz is reported, and a well-formed one is not.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSystemSource, memorySource } from '../../src/core/content/contentSource';
import { loadCourse } from '../../src/core/content/loadCourse';
import { allQuizzes } from '../../src/core/content/model';
import { validateCourse, type ContentGrader } from '../../src/core/content/validateCourse';

/** Courses here have no problems, so validation must never reach the grader. */
const noGrader: ContentGrader = {
  gradeQuery: () => Promise.reject(new Error('no problems in these courses')),
  runQuery: () => Promise.reject(new Error('no problems in these courses')),
  gradePipeline: () => Promise.reject(new Error('no problems in these courses')),
};

const option = (id: string, correct: boolean, text = `Option ${id}`) =>
  `      - id: "${id}"\n        text: "${text}"\n        correct: ${correct}\n        explanation: "Because of ${id}."\n`;

const question = (id: string, type: string, options: string, extra = '') =>
  `  - id: ${id}\n    type: ${type}\n    prompt: "Question ${id}?"\n    explanation: "The reason."\n${extra}    options:\n${options}`;

const goodQuestions = [
  question('s', 'single', option('a', false) + option('b', true) + option('c', false), '    lesson: intro\n'),
  question('m', 'multiple', option('a', true) + option('b', true) + option('c', false)),
  question('t', 'truefalse', option('true', false, 'True') + option('false', true, 'False')),
].join('');

function courseWith(quizBody: string, extra: Record<string, string> = {}, items = '[intro, q1]'): Record<string, string> {
  return {
    // strict: false keeps the authoring bar (tested in authoringBar.test.ts) out of these findings.
    'course.yaml': 'title: Test\nversion: 1\nstrict: false\nmodules: [m1]\n',
    'modules/m1/module.yaml': `id: m1\ntitle: One\nsummary: First\nitems: ${items}\n`,
    'modules/m1/lessons/intro.md': '---\nid: intro\ntitle: Intro\nminutes: 5\n---\n# Intro\n',
    'modules/m1/quizzes/q1.yaml': `id: q1\ntitle: Q\nquestions:\n${quizBody}`,
    ...extra,
  };
}

/** Errors as `file:line CODE` (tests key on codes and places, not on wording). */
async function findings(files: Record<string, string>): Promise<string[]> {
  const report = await validateCourse(memorySource(files), noGrader);
  return report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line ?? ''} ${d.code}`);
}
const Q = 'modules/m1/quizzes/q1.yaml';

describe('quiz validation', () => {
  it('a well-formed quiz has no findings and is counted', async () => {
    const report = await validateCourse(memorySource(courseWith(goodQuestions)), noGrader);
    expect(report.diagnostics.filter((d) => d.file.includes('/quizzes/') && !['DD450', 'DD451'].includes(d.code))).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.counts.quizzes).toBe(1);
  });

  it('single choice needs exactly one correct option', async () => {
    expect(await findings(courseWith(question('s', 'single', option('a', true) + option('b', true))))).toEqual([`${Q}:4 DD402`]);
    expect(await findings(courseWith(question('s', 'single', option('a', false) + option('b', false))))).toEqual([`${Q}:4 DD402`]);
  });

  it('multiple choice needs at least one correct option', async () => {
    expect(await findings(courseWith(question('m', 'multiple', option('a', false) + option('b', false))))).toEqual([`${Q}:4 DD402`]);
  });

  it('true/false has two options, True and False, one of them correct', async () => {
    expect(await findings(courseWith(question('t', 'truefalse', option('true', true, 'True') + option('false', true, 'False'))))).toEqual([`${Q}:4 DD402`]);
    expect(await findings(courseWith(question('t', 'truefalse', option('yes', true, 'Yes') + option('no', false, 'No'))))).toEqual([`${Q}:4 DD403`]);
    const three = await findings(courseWith(question('t', 'truefalse', option('true', true, 'True') + option('false', false, 'False') + option('maybe', false, 'Maybe'))));
    expect(three).toContain(`${Q}:4 DD402`);
  });

  it('question ids, option ids and option texts are unique', async () => {
    const dupQuestion = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false)) + question('s', 'single', option('a', true) + option('b', false))));
    // The finding points at the second question, the duplicate.
    expect(dupQuestion).toEqual([`${Q}:17 DD400`]);
    const dupOption = await findings(courseWith(question('s', 'single', option('a', true) + option('a', false, 'Other text'))));
    expect(dupOption).toEqual([`${Q}:4 DD401`]);
    const dupText = await findings(courseWith(question('s', 'single', option('a', true, 'Same') + option('b', false, ' same '))));
    expect(dupText).toEqual([`${Q}:4 DD401`]);
  });

  it('a lesson link must name a lesson of the course', async () => {
    const missing = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false), '    lesson: nowhere\n')));
    expect(missing).toEqual([`${Q}:8 DD404`]);
    // A quiz id is not a lesson.
    const notLesson = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false), '    lesson: q1\n')));
    expect(notLesson).toEqual([`${Q}:8 DD404`]);
  });

  it('explanations are required and may not be blank', async () => {
    const noExplanation = await findings(
      courseWith(`  - id: s\n    type: single\n    prompt: "P?"\n    explanation: "E."\n    options:\n      - id: a\n        text: A\n        correct: true\n      - id: b\n        text: B\n        explanation: "Because."\n`),
    );
    expect(noExplanation).toEqual([`${Q}:9 DD102`]);
    const blank = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false)).replace('explanation: "The reason."', 'explanation: "   "')));
    expect(blank).toEqual([`${Q}:7 DD403`]);
  });

  it('a quiz file must be listed in its module', async () => {
    const unlisted = await findings(courseWith(goodQuestions, {}, '[intro]'));
    expect(unlisted).toEqual([`${Q}: DD104`]);
  });

  it('mojibake in quiz text is reported', async () => {
    const broken = await findings(courseWith(question('s', 'single', option('a', true, 'Itâ€™s this') + option('b', false))));
    expect(broken).toEqual([`${Q}:10 DD109`]);
  });

  it('reports every finding, not just the first', async () => {
    const many = await findings(courseWith(question('s', 'single', option('a', true) + option('b', true), '    lesson: nowhere\n') + question('m', 'multiple', option('a', false) + option('b', false))));
    expect(many).toHaveLength(3);
  });
});

describe('the shipped quizzes', () => {
  const content = path.join(__dirname, '..', '..', 'content');

  it('have no quiz findings, and each mixes question types in 5 to 8 questions', async () => {
    // Problem folders are hidden so validation stays on the quiz side (problems have their own tests).
    const disk = fileSystemSource(content);
    const report = await validateCourse({ ...disk, list: (rel) => (rel.endsWith('/problems') ? undefined : disk.list(rel)) }, noGrader);
    // Known gaps (known-gaps.yaml) are reported as warnings; nothing else may be found.
    const quizFindings = report.diagnostics.filter((d) => d.file.includes('/quizzes/') && d.severity === 'error');
    expect(quizFindings).toEqual([]);
    const quizzes = allQuizzes(loadCourse(fileSystemSource(content)).course);
    for (const id of ['foundations-check', 'watermarks-check', 'state-and-checkpoints-check', 'kafka-delivery-check', 'spark-joins-check', 'table-formats-check']) {
      const quiz = quizzes.find((q) => q.id === id);
      expect(quiz, id).toBeDefined();
      const types = new Set(quiz!.meta.questions.map((q) => q.type));
      expect(types, id).toEqual(new Set(['single', 'multiple', 'truefalse']));
      expect(quiz!.meta.questions.length, id).toBeGreaterThanOrEqual(5);
      expect(quiz!.meta.questions.length, id).toBeLessThanOrEqual(8);
    }
  });
});
