/**
 * Every content check, for every kind of item, wherever it is called (the CLI, npm test, the
 * editor): loading and structure (DD1xx), each problem proved with the grader — reference, alt,
 * starter and wrong answers, query and pipeline alike (DD2xx) — lessons (DD3xx), quizzes (DD4xx),
 * and the authoring bar. Returns every finding with its code, file and line; never stops at the
 * first.
 */
import MarkdownIt from 'markdown-it';
import { courseLinkResolver } from '../lessons/links';
import { renderMarkdown } from '../lessons/renderMarkdown';
import { checkLessonBar, checkProblemBar, checkQuizBar, todoFindings } from './authoringBar';
import { isBarCode, type DiagnosticCode } from './codes';
import type { ContentSource } from './contentSource';
import { DiagnosticBag, type Diagnostic } from './diagnostics';
import { applyKnownGaps, KNOWN_GAPS_FILE, parseKnownGaps } from './knownGaps';
import { loadCourse } from './loadCourse';
import { loadProblemFiles } from './loadProblemFiles';
import { allLessons, allProblems, allQuizzes, type Course, type Problem } from './model';
import { validateProblem, type ContentGrader } from './validateProblem';
import { yamlPositions } from './yamlFile';

export type { ContentGrader } from './validateProblem';

export interface ValidationReport {
  diagnostics: Diagnostic[];
  counts: { modules: number; lessons: number; problems: number; quizzes: number };
}

export interface ValidateOptions {
  /**
   * Only these items (ids) are checked in depth — problems graded, lessons and quizzes held to the
   * bar; the course is still loaded and its structure and links checked. For re-validating one
   * item on save.
   */
  only?: ReadonlySet<string>;
  /** Today's date (YYYY-MM-DD) for known-gap expiry; tests pin it. */
  today?: string;
}

/** Text damaged by a wrong decoding somewhere upstream (UTF-8 read as Latin-1 or a Cyrillic code page). */
const MOJIBAKE = /â€|Ã[\u0080-\u00bf]|ðŸ|ğŸ|β”|β€/;

/**
 * @param graders one grader, or several (each with its own worker) to prove problems in parallel:
 *   each problem is graded on one of them, so its reference results stay cached in one worker.
 */
export async function validateCourse(source: ContentSource, graders: ContentGrader | ContentGrader[], options: ValidateOptions = {}): Promise<ValidationReport> {
  const lanes = Array.isArray(graders) ? graders : [graders];
  if (lanes.length === 0) throw new Error('validateCourse needs at least one grader');
  const { course, diagnostics } = loadCourse(source);
  const bag = new DiagnosticBag();
  bag.items.push(...diagnostics);
  const inScope = (id: string) => !options.only || options.only.has(id);

  checkMarkdown(course, source, bag);
  checkReferences(course, bag);
  checkQuizzes(course, source, bag, inScope);
  for (const lesson of allLessons(course)) if (inScope(lesson.id)) checkLessonBar(lesson, source.readText(lesson.path), bag);
  for (const file of ['course.yaml', ...course.modules.map((m) => `${m.path}/module.yaml`)]) todoFindings(file, source.readText(file), bag);

  // Problems are independent: grade them on the lanes, then report in course order.
  const problems = allProblems(course).filter((p) => inScope(p.id));
  const perProblem: DiagnosticBag[] = problems.map(() => new DiagnosticBag());
  let next = 0;
  await Promise.all(
    lanes.map(async (grader) => {
      while (next < problems.length) {
        const i = next++;
        await checkProblem(source, problems[i], grader, perProblem[i]);
      }
    }),
  );
  for (const b of perProblem) bag.items.push(...b.items);

  for (const [file, line] of source.undecodable ?? []) {
    bag.error('DD108', file, 'is not valid UTF-8: save it as UTF-8 (the bad bytes would show as \uFFFD)', line);
  }

  let items = bag.items;
  if (!course.strict) items = items.map((d) => (d.severity === 'error' && isBarCode(d.code) ? { ...d, severity: 'warning' as const } : d));
  const known = parseKnownGaps(source.readText(KNOWN_GAPS_FILE));
  items = [...applyKnownGaps(items, known.gaps, options.today ?? new Date().toISOString().slice(0, 10)), ...known.diagnostics];

  return {
    diagnostics: items,
    counts: { modules: course.modules.length, lessons: allLessons(course).length, problems: allProblems(course).length, quizzes: allQuizzes(course).length },
  };
}

async function checkProblem(source: ContentSource, problem: Problem, grader: ContentGrader, bag: DiagnosticBag): Promise<void> {
  const { files, diagnostics } = loadProblemFiles(source, problem);
  bag.items.push(...diagnostics);
  if (!files) return;
  for (const [name, text] of [['schema.sql', files.schemaSql], ['solution.sql', files.solutionSql], ['starter.sql', files.starterSql]] as const) {
    const line = text.split('\n').findIndex((l) => MOJIBAKE.test(l));
    if (line !== -1) bag.error('DD109', `${problem.path}/${name}`, 'contains mojibake (text decoded with the wrong encoding)', line + 1);
  }
  checkProblemBar(problem, files, source.readText(`${problem.path}/problem.md`), bag);
  await validateProblem(problem, files, grader, bag);
}

const imageParser = new MarkdownIt({ html: false, linkify: false });

function checkMarkdown(course: Course, source: ContentSource, bag: DiagnosticBag): void {
  const resolveLink = courseLinkResolver(course);
  const docs = [
    ...allLessons(course).map((l) => ({ file: l.path, text: l.markdown, bodyLine: l.bodyLine })),
    ...allProblems(course).map((p) => ({ file: `${p.path}/problem.md`, text: p.statement, bodyLine: p.bodyLine })),
    // Explanations render with the same course links once solved; they have no front matter.
    ...allProblems(course).flatMap((p) => {
      const text = source.readText(`${p.path}/explanation.md`);
      return text === undefined ? [] : [{ file: `${p.path}/explanation.md`, text, bodyLine: 1 }];
    }),
  ];
  for (const doc of docs) {
    const rendered = renderMarkdown(doc.text, { resolveLink });
    for (const link of rendered.links) {
      const line = doc.bodyLine + link.line;
      if (link.target.kind === 'invalid') bag.error('DD110', doc.file, `link ${link.href}: ${link.target.reason}`, line);
      else if (link.target.kind === 'external' && /^http:/i.test(link.target.url)) {
        bag.error('DD113', doc.file, `link ${link.href}: DE Dojo opens https: links only; use https://`, line);
      }
    }
    for (const q of rendered.embeddedQuizzes) {
      const item = course.items.get(q.id);
      if (!item || item.kind !== 'quiz') bag.error('DD111', doc.file, `embedded quiz "${q.id}" does not exist`, doc.bodyLine + q.line);
    }
    // Images through markdown-it's own parse, so reference-style images ([x][p] + [p]: url) count too.
    for (const block of imageParser.parse(doc.text, {})) {
      for (const t of block.children ?? []) {
        if (t.type !== 'image') continue;
        const src = t.attrGet('src') ?? '';
        if (/^(https?:)?\/\//i.test(src)) {
          bag.error('DD112', doc.file, `remote image ${src}: the lesson view never loads it; ship the image beside the lesson`, doc.bodyLine + (block.map?.[0] ?? 0));
        }
      }
    }
    doc.text.split('\n').forEach((line, i) => {
      if (MOJIBAKE.test(line)) bag.error('DD109', doc.file, 'contains mojibake (text decoded with the wrong encoding)', doc.bodyLine + i);
    });
  }
}

function checkReferences(course: Course, bag: DiagnosticBag): void {
  const expect = (file: string, kind: 'lesson' | 'problem' | 'quiz', id: string, field: string) => {
    const item = course.items.get(id);
    if (!item || item.kind !== kind) bag.error('DD114', file, `${field}: no ${kind} "${id}" in the course`);
  };
  for (const l of allLessons(course)) {
    l.meta.problems.forEach((id) => expect(l.path, 'problem', id, 'problems'));
    l.meta.quizzes.forEach((id) => expect(l.path, 'quiz', id, 'quizzes'));
  }
  for (const p of allProblems(course)) p.meta.lessons.forEach((id) => expect(`${p.path}/problem.md`, 'lesson', id, 'lessons'));
}

function checkQuizzes(course: Course, source: ContentSource, bag: DiagnosticBag, inScope: (id: string) => boolean): void {
  for (const quiz of allQuizzes(course)) {
    const raw = source.readText(quiz.path);
    const positions = raw === undefined ? undefined : yamlPositions(raw);
    const seen = new Set<string>();
    quiz.meta.questions.forEach((q, i) => {
      const line = positions?.lineOf(['questions', i]);
      const where = `question ${q.id}`;
      const err = (code: DiagnosticCode, message: string, at = line) => bag.error(code, quiz.path, `${where}: ${message}`, at);
      if (seen.has(q.id)) err('DD400', 'question ids must be unique within the quiz');
      seen.add(q.id);
      const optionIds = new Set(q.options.map((o) => o.id));
      if (optionIds.size !== q.options.length) err('DD401', 'option ids must be unique');
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' && correct !== 1) err('DD402', `a single-choice question has exactly one correct option (found ${correct})`);
      if (q.type === 'truefalse' && (q.options.length !== 2 || correct !== 1)) err('DD402', 'a true/false question has two options, one correct');
      if (q.type === 'multiple' && correct < 1) err('DD402', 'a multiple-choice question needs at least one correct option');
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (new Set(texts).size !== texts.length) err('DD401', 'two options have the same text');
      if (q.type === 'truefalse' && [...texts].sort().join() !== 'false,true') err('DD403', 'a true/false question\'s options are "True" and "False"');
      const fields: [string, string, (string | number)[]][] = [
        ['prompt', q.prompt, ['questions', i, 'prompt']],
        ['explanation', q.explanation, ['questions', i, 'explanation']],
        ...q.options.flatMap((o, j): [string, string, (string | number)[]][] => [
          [`option ${o.id}`, o.text, ['questions', i, 'options', j, 'text']],
          [`option ${o.id} explanation`, o.explanation, ['questions', i, 'options', j, 'explanation']],
        ]),
      ];
      for (const [field, text, path] of fields) {
        if (!text.trim()) err('DD403', `${field} is blank`, positions?.lineOf(path));
        if (MOJIBAKE.test(text)) err('DD109', `${field} contains mojibake (text decoded with the wrong encoding)`, positions?.lineOf(path));
      }
      if (q.lesson) {
        const l = course.items.get(q.lesson);
        if (!l || l.kind !== 'lesson') err('DD404', `lesson "${q.lesson}" does not exist`, positions?.lineOf(['questions', i, 'lesson']));
      }
    });
    if (inScope(quiz.id)) checkQuizBar(quiz, raw, bag);
  }
}
