/**
 * Every content check of design/grading.md ("Content checks") plus the structural ones: the
 * reference passes every dataset, the starter and each known-wrong answer fail, an ordered
 * problem has a dataset where order matters, links and ids resolve, quizzes have their one right
 * answer. Returns every finding; never stops at the first.
 */
import { firstOrderViolation, isSortedBy } from '../grading/compare';
import { describeError } from '../grading/describe';
import { withGeneration } from '../grading/generate/options';
import { queryProblemSpec } from '../grading/problemSpec';
import type { QueryGrade, QueryProblemSpec, RunResult } from '../grading/types';
import { courseLinkResolver } from '../lessons/links';
import { renderMarkdown } from '../lessons/renderMarkdown';
import type { ContentSource } from './contentSource';
import { DiagnosticBag, type Diagnostic } from './diagnostics';
import { loadCourse } from './loadCourse';
import { loadProblemFiles } from './loadProblemFiles';
import { allLessons, allProblems, allQuizzes, type Course, type PipelineProblemFiles, type Problem, type ProblemFiles } from './model';

/** The part of the grading service validation needs; tests can pass a fake. */
export interface ContentGrader {
  gradeQuery(spec: QueryProblemSpec, answer: string): Promise<QueryGrade>;
  runQuery(spec: QueryProblemSpec, answer: string, dataset?: number): Promise<RunResult>;
}

/** Pipeline problems are checked by a plug-in so this file does not depend on their engine. */
export type PipelineValidator = (problem: Problem, files: PipelineProblemFiles, bag: DiagnosticBag) => Promise<void>;

export interface ValidationReport {
  diagnostics: Diagnostic[];
  counts: { modules: number; lessons: number; problems: number; quizzes: number };
}

/** Text damaged by a wrong decoding somewhere upstream (UTF-8 read as Latin-1 or a Cyrillic code page). */
const MOJIBAKE = /â€|Ã[\u0080-\u00bf]|ðŸ|ğŸ|β”|β€/;

/** One more check per problem, run after the built-in ones (generated data: grading/generate/validateGenerated.ts). */
export type ProblemValidator = (problem: Problem, files: ProblemFiles, bag: DiagnosticBag) => Promise<void>;

export async function validateCourse(
  source: ContentSource,
  grader: ContentGrader,
  pipelineValidator?: PipelineValidator,
  extraValidator?: ProblemValidator,
): Promise<ValidationReport> {
  const { course, diagnostics } = loadCourse(source);
  const bag = new DiagnosticBag();
  bag.items.push(...diagnostics);

  checkMarkdown(course, bag);
  checkReferences(course, bag);
  checkQuizzes(course, bag);
  for (const problem of allProblems(course)) {
    const { files, diagnostics: fileDiagnostics } = loadProblemFiles(source, problem);
    bag.items.push(...fileDiagnostics);
    if (!files) continue;
    for (const [name, text] of [['schema.sql', files.schemaSql], ['solution.sql', files.solutionSql], ['starter.sql', files.starterSql]] as const) {
      if (MOJIBAKE.test(text)) bag.error(`${problem.path}/${name}`, 'contains mojibake (text decoded with the wrong encoding)');
    }
    // The author's datasets alone: generated data is judged separately (extraValidator).
    if (files.kind === 'query') await checkQueryProblem(problem, withGeneration(queryProblemSpec(problem.id, files), { budgetMs: 0 }), files, grader, bag);
    else if (pipelineValidator) await pipelineValidator(problem, files, bag);
    else bag.warning(problem.path, 'pipeline problems are not validated yet');
    if (extraValidator) await extraValidator(problem, files, bag);
  }
  return {
    diagnostics: bag.items,
    counts: { modules: course.modules.length, lessons: allLessons(course).length, problems: allProblems(course).length, quizzes: allQuizzes(course).length },
  };
}

async function checkQueryProblem(
  problem: Problem,
  spec: QueryProblemSpec,
  files: { starterSql: string; wrong: { name: string; sql: string; path: string }[]; datasets: { path: string }[] },
  grader: ContentGrader,
  bag: DiagnosticBag,
): Promise<void> {
  const dir = problem.path;
  const reference = await grader.gradeQuery(spec, spec.solutionSql);
  if (reference.status !== 'correct') {
    bag.error(`${dir}/solution.sql`, `the reference does not pass its own datasets: ${reference.error ? describeError(reference.error) : 'it fails'}`);
    return;
  }
  const starter = await grader.gradeQuery(spec, files.starterSql);
  if (starter.status === 'correct') bag.error(`${dir}/starter.sql`, 'the starter already passes every dataset: it gives the answer away');

  if (files.wrong.length === 0) bag.warning(`${dir}/wrong`, 'no known-wrong answers: add the classic mistakes so the datasets are proven to catch them');
  for (const w of files.wrong) {
    const g = await grader.gradeQuery(spec, w.sql);
    if (g.status === 'correct') {
      bag.error(w.path, `this known-wrong answer passes every dataset: add a dataset that exposes it`);
    } else if (g.status === 'error') {
      bag.warning(w.path, `fails with an error rather than a wrong result (${g.error ? describeError(g.error) : ''}): a known-wrong answer should be valid SQL that returns the wrong rows`);
    }
  }

  if (spec.compare.orderBy?.length) {
    const keys = spec.compare.orderBy;
    let orderMatters = false;
    for (let i = 0; i < spec.datasets.length; i++) {
      const run = await grader.runQuery(spec, spec.solutionSql, i);
      if (!run.result) continue;
      if (!isSortedBy(run.result.rows, keys)) {
        bag.error(`${dir}/solution.sql`, `on dataset ${spec.datasets[i].name} the reference's rows are not sorted by the declared orderBy`);
      }
      const reversed = [...run.result.rows].reverse();
      if (firstOrderViolation(run.result.rows, reversed, keys) !== undefined) orderMatters = true;
    }
    if (!orderMatters) bag.error(`${dir}/datasets`, 'the problem declares an order, but no dataset has two rows with different sort keys: an unordered answer would pass');
  }
}

function checkMarkdown(course: Course, bag: DiagnosticBag): void {
  const resolveLink = courseLinkResolver(course);
  const docs = [
    ...allLessons(course).map((l) => ({ file: l.path, text: l.markdown, bodyLine: l.bodyLine })),
    ...allProblems(course).map((p) => ({ file: `${p.path}/problem.md`, text: p.statement, bodyLine: p.bodyLine })),
  ];
  for (const doc of docs) {
    const rendered = renderMarkdown(doc.text, { resolveLink });
    for (const link of rendered.links) {
      if (link.target.kind === 'invalid') bag.error(doc.file, `link ${link.href}: ${link.target.reason}`, doc.bodyLine + link.line);
    }
    for (const q of rendered.embeddedQuizzes) {
      const item = course.items.get(q.id);
      if (!item || item.kind !== 'quiz') bag.error(doc.file, `embedded quiz "${q.id}" does not exist`, doc.bodyLine + q.line);
    }
    doc.text.split('\n').forEach((line, i) => {
      if (MOJIBAKE.test(line)) bag.error(doc.file, 'contains mojibake (text decoded with the wrong encoding)', doc.bodyLine + i);
      if (/!\[[^\]]*\]\(\s*https?:/i.test(line)) bag.error(doc.file, 'remote images are not allowed: ship the image beside the lesson', doc.bodyLine + i);
    });
  }
}

function checkReferences(course: Course, bag: DiagnosticBag): void {
  const expect = (file: string, kind: 'lesson' | 'problem' | 'quiz', id: string, field: string) => {
    const item = course.items.get(id);
    if (!item || item.kind !== kind) bag.error(file, `${field}: no ${kind} "${id}" in the course`);
  };
  for (const l of allLessons(course)) {
    l.meta.problems.forEach((id) => expect(l.path, 'problem', id, 'problems'));
    l.meta.quizzes.forEach((id) => expect(l.path, 'quiz', id, 'quizzes'));
  }
  for (const p of allProblems(course)) p.meta.lessons.forEach((id) => expect(`${p.path}/problem.md`, 'lesson', id, 'lessons'));
}

function checkQuizzes(course: Course, bag: DiagnosticBag): void {
  for (const quiz of allQuizzes(course)) {
    const seen = new Set<string>();
    for (const q of quiz.meta.questions) {
      const where = `question ${q.id}`;
      if (seen.has(q.id)) bag.error(quiz.path, `${where}: question ids must be unique within the quiz`);
      seen.add(q.id);
      const optionIds = new Set(q.options.map((o) => o.id));
      if (optionIds.size !== q.options.length) bag.error(quiz.path, `${where}: option ids must be unique`);
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' && correct !== 1) bag.error(quiz.path, `${where}: a single-choice question has exactly one correct option (found ${correct})`);
      if (q.type === 'truefalse' && (q.options.length !== 2 || correct !== 1)) bag.error(quiz.path, `${where}: a true/false question has two options, one correct`);
      if (q.type === 'multiple' && correct < 1) bag.error(quiz.path, `${where}: a multiple-choice question needs at least one correct option`);
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (new Set(texts).size !== texts.length) bag.error(quiz.path, `${where}: two options have the same text`);
      if (q.type === 'truefalse' && [...texts].sort().join() !== 'false,true') bag.error(quiz.path, `${where}: a true/false question's options are "True" and "False"`);
      const fields: [string, string][] = [['prompt', q.prompt], ['explanation', q.explanation], ...q.options.flatMap((o): [string, string][] => [[`option ${o.id}`, o.text], [`option ${o.id} explanation`, o.explanation]])];
      for (const [field, text] of fields) {
        if (!text.trim()) bag.error(quiz.path, `${where}: ${field} is blank`);
        if (MOJIBAKE.test(text)) bag.error(quiz.path, `${where}: ${field} contains mojibake (text decoded with the wrong encoding)`);
      }
      if (q.lesson) {
        const l = course.items.get(q.lesson);
        if (!l || l.kind !== 'lesson') bag.error(quiz.path, `${where}: lesson "${q.lesson}" does not exist`);
      }
    }
  }
}
