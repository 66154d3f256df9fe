/**
 * The authoring bar: what a finished lesson, problem and quiz has, beyond being loadable and
 * correct (codes marked `bar` in codes.ts). Pure checks over loaded content; no grading.
 */
import type { DiagnosticBag } from './diagnostics';
import type { Lesson, Problem, ProblemFiles, Quiz } from './model';
import { yamlPositions } from './yamlFile';

export const BAR = {
  lessonProseWords: 700,
  problemCases: 3,
  wrongAnswers: 3,
  altAnswers: 1,
  hints: { min: 2, max: 3 },
  optionExplanationWords: 4,
} as const;

/** A marker scaffolded files carry until the author replaces it. */
const TODO = /\bTODO\b/;

/**
 * Words of prose in a lesson's Markdown: fenced and indented code, inline code, tables, callout
 * fences and HTML comments are not prose. Link text counts, link targets do not.
 */
export function proseWordCount(markdown: string): number {
  const lines = markdown.split(/\r?\n/);
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (/^\s*\|/.test(line) || /^\s*:::/.test(line) || /^( {4}|\t)/.test(line)) continue;
    kept.push(line);
  }
  const text = kept
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ');
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

export function checkLessonBar(lesson: Lesson, rawText: string | undefined, bag: DiagnosticBag): void {
  const words = proseWordCount(lesson.markdown);
  if (words < BAR.lessonProseWords) {
    bag.error('DD350', lesson.path, `${words} words of prose (code and tables not counted); a lesson has at least ${BAR.lessonProseWords}`, lesson.bodyLine);
  }
  if (!/^\s*:::\s*takeaways\b/m.test(lesson.markdown)) {
    bag.error('DD351', lesson.path, 'no :::takeaways block: end the lesson with what the learner should keep', lesson.bodyLine);
  }
  if (lesson.meta.problems.length + lesson.meta.quizzes.length === 0) {
    bag.error('DD352', lesson.path, 'no practice listed: name the problems or quizzes this lesson prepares for (front matter problems: / quizzes:)', 2);
  }
  todoFindings(lesson.path, rawText, bag);
}

export function checkProblemBar(problem: Problem, files: ProblemFiles, rawStatement: string | undefined, bag: DiagnosticBag): void {
  const dir = problem.path;
  const cases = files.kind === 'query' ? files.datasets.length : files.scenarios.length;
  const unit = files.kind === 'query' ? 'datasets' : 'scenarios';
  if (cases < BAR.problemCases) {
    bag.error('DD250', `${dir}/${unit}`, `${cases} ${unit}; a problem has at least ${BAR.problemCases} (the sample and the edge cases that catch the classic mistakes)`);
  }
  if (files.wrong.length < BAR.wrongAnswers) {
    bag.error('DD251', `${dir}/wrong`, `${files.wrong.length} known-wrong answers; a problem has at least ${BAR.wrongAnswers} (wrong/*.sql, the classic mistakes)`);
  }
  for (const w of files.wrong) {
    if (!w.why) bag.error('DD252', w.path, 'a known-wrong answer opens with a -- comment saying why it is wrong', 1);
  }
  if (files.alt.length < BAR.altAnswers) {
    bag.error('DD253', `${dir}/alt`, 'no alternative correct answer: add alt/*.sql, written independently in another style than solution.sql');
  }
  const hints = problem.meta.hints.length;
  if (hints < BAR.hints.min || hints > BAR.hints.max) {
    bag.error('DD254', `${dir}/problem.md`, `${hints} hint(s); a problem has ${BAR.hints.min} or ${BAR.hints.max}`, lineOfKey(rawStatement, 'hints'));
  }
  if (!files.explanation?.trim()) {
    bag.error('DD255', `${dir}/explanation.md`, 'no explanation: say why the solution works and which mistakes the datasets catch');
  }
  todoFindings(`${dir}/problem.md`, rawStatement, bag);
  todoFindings(`${dir}/solution.sql`, files.solutionSql, bag);
  todoFindings(`${dir}/explanation.md`, files.explanation, bag);
  todoFindings(`${dir}/schema.sql`, files.schemaSql, bag);
  for (const a of files.alt) todoFindings(a.path, a.sql, bag);
  for (const w of files.wrong) todoFindings(w.path, w.sql, bag);
}

export function checkQuizBar(quiz: Quiz, rawText: string | undefined, bag: DiagnosticBag): void {
  const positions = rawText === undefined ? undefined : yamlPositions(rawText);
  quiz.meta.questions.forEach((q, i) => {
    const line = positions?.lineOf(['questions', i]);
    if (!q.lesson) bag.error('DD451', quiz.path, `question ${q.id}: no lesson: link (the summary sends a learner who missed it to that lesson)`, line);
    q.options.forEach((o, j) => {
      const words = (o.explanation.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
      if (words < BAR.optionExplanationWords) {
        bag.error(
          'DD450',
          quiz.path,
          `question ${q.id}, option ${o.id}: the explanation has ${words} word(s); say why this option is right, or why a learner who picked it is mistaken`,
          positions?.lineOf(['questions', i, 'options', j, 'explanation']),
        );
      }
    });
  });
  todoFindings(quiz.path, rawText, bag);
}

export function todoFindings(file: string, text: string | undefined, bag: DiagnosticBag): void {
  if (!text) return;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (TODO.test(lines[i])) {
      bag.error('DD120', file, `TODO left in the file: ${lines[i].trim().slice(0, 80)}`, i + 1);
      return; // one per file is enough to send the author there
    }
  }
}

function lineOfKey(raw: string | undefined, key: string): number | undefined {
  if (!raw) return undefined;
  const idx = raw.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return idx === -1 ? undefined : idx + 1;
}
