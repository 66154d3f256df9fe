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
    'course.yaml': 'title: Test\nversion: 1\nmodules: [m1]\n',
    'modules/m1/module.yaml': `id: m1\ntitle: One\nsummary: First\nitems: ${items}\n`,
    'modules/m1/lessons/intro.md': '---\nid: intro\ntitle: Intro\nminutes: 5\n---\n# Intro\n',
    'modules/m1/quizzes/q1.yaml': `id: q1\ntitle: Q\nquestions:\n${quizBody}`,
    ...extra,
  };
}

async function findings(files: Record<string, string>): Promise<string[]> {
  const report = await validateCourse(memorySource(files), noGrader);
  return report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.message}`);
}

describe('quiz validation', () => {
  it('a well-formed quiz has no findings and is counted', async () => {
    const report = await validateCourse(memorySource(courseWith(goodQuestions)), noGrader);
    expect(report.diagnostics).toEqual([]);
    expect(report.counts.quizzes).toBe(1);
  });

  it('single choice needs exactly one correct option', async () => {
    expect(await findings(courseWith(question('s', 'single', option('a', true) + option('b', true))))).toEqual([
      'modules/m1/quizzes/q1.yaml: question s: a single-choice question has exactly one correct option (found 2)',
    ]);
    expect((await findings(courseWith(question('s', 'single', option('a', false) + option('b', false)))))[0]).toMatch(/exactly one correct option \(found 0\)/);
  });

  it('multiple choice needs at least one correct option', async () => {
    expect(await findings(courseWith(question('m', 'multiple', option('a', false) + option('b', false))))).toEqual([
      'modules/m1/quizzes/q1.yaml: question m: a multiple-choice question needs at least one correct option',
    ]);
  });

  it('true/false has two options, True and False, one of them correct', async () => {
    expect((await findings(courseWith(question('t', 'truefalse', option('true', true, 'True') + option('false', true, 'False')))))[0]).toMatch(
      /true\/false question has two options, one correct/,
    );
    expect(await findings(courseWith(question('t', 'truefalse', option('yes', true, 'Yes') + option('no', false, 'No'))))).toEqual([
      `modules/m1/quizzes/q1.yaml: question t: a true/false question's options are "True" and "False"`,
    ]);
    const three = await findings(courseWith(question('t', 'truefalse', option('true', true, 'True') + option('false', false, 'False') + option('maybe', false, 'Maybe'))));
    expect(three.some((f) => /two options, one correct/.test(f))).toBe(true);
  });

  it('question ids, option ids and option texts are unique', async () => {
    const dupQuestion = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false)) + question('s', 'single', option('a', true) + option('b', false))));
    expect(dupQuestion).toEqual(['modules/m1/quizzes/q1.yaml: question s: question ids must be unique within the quiz']);
    const dupOption = await findings(courseWith(question('s', 'single', option('a', true) + option('a', false, 'Other text'))));
    expect(dupOption).toEqual(['modules/m1/quizzes/q1.yaml: question s: option ids must be unique']);
    const dupText = await findings(courseWith(question('s', 'single', option('a', true, 'Same') + option('b', false, ' same '))));
    expect(dupText).toEqual(['modules/m1/quizzes/q1.yaml: question s: two options have the same text']);
  });

  it('a lesson link must name a lesson of the course', async () => {
    const missing = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false), '    lesson: nowhere\n')));
    expect(missing).toEqual(['modules/m1/quizzes/q1.yaml: question s: lesson "nowhere" does not exist']);
    // A quiz id is not a lesson.
    const notLesson = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false), '    lesson: q1\n')));
    expect(notLesson).toEqual(['modules/m1/quizzes/q1.yaml: question s: lesson "q1" does not exist']);
  });

  it('explanations are required and may not be blank', async () => {
    const noExplanation = await findings(
      courseWith(`  - id: s\n    type: single\n    prompt: "P?"\n    explanation: "E."\n    options:\n      - id: a\n        text: A\n        correct: true\n      - id: b\n        text: B\n        explanation: "Because."\n`),
    );
    expect(noExplanation).toHaveLength(1);
    expect(noExplanation[0]).toMatch(/questions\.0\.options\.0\.explanation/);
    const blank = await findings(courseWith(question('s', 'single', option('a', true) + option('b', false)).replace('explanation: "The reason."', 'explanation: "   "')));
    expect(blank).toEqual(['modules/m1/quizzes/q1.yaml: question s: explanation is blank']);
  });

  it('a quiz file must be listed in its module', async () => {
    const unlisted = await findings(courseWith(goodQuestions, {}, '[intro]'));
    expect(unlisted).toEqual(['modules/m1/quizzes/q1.yaml: quiz "q1" is not listed in modules/m1/module.yaml']);
  });

  it('mojibake in quiz text is reported', async () => {
    const broken = await findings(courseWith(question('s', 'single', option('a', true, 'Itâ€™s this') + option('b', false))));
    expect(broken).toEqual(['modules/m1/quizzes/q1.yaml: question s: option a contains mojibake (text decoded with the wrong encoding)']);
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
    const quizFindings = report.diagnostics.filter((d) => d.file.includes('/quizzes/'));
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
