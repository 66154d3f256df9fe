/** The loaded course: plain data that every front end reads. */
import type {
  LessonFrontMatter,
  PipelineProblemFrontMatter,
  ProblemFrontMatter,
  QueryProblemFrontMatter,
  QuizFile,
} from './schema';

export type ItemKind = 'lesson' | 'problem' | 'quiz';

interface ItemBase {
  id: string;
  title: string;
  moduleId: string;
  /** Position in the whole course (0-based), for "Continue" and ordering. */
  order: number;
  /** The file or folder the item comes from, relative to the content root. */
  path: string;
  /** The id of the course pack the item belongs to; absent for the built-in course. */
  pack?: string;
}

export interface Lesson extends ItemBase {
  kind: 'lesson';
  meta: LessonFrontMatter;
  markdown: string;
  /** Line of the file where `markdown` starts, for diagnostics. */
  bodyLine: number;
}

export interface Problem extends ItemBase {
  kind: 'problem';
  meta: ProblemFrontMatter;
  /** The statement, Markdown. */
  statement: string;
  bodyLine: number;
}

export interface Quiz extends ItemBase {
  kind: 'quiz';
  meta: QuizFile;
}

export type CourseItem = Lesson | Problem | Quiz;

export interface Module {
  id: string;
  /** The id of the course pack the module belongs to; absent for the built-in course. */
  pack?: string;
  title: string;
  summary: string;
  path: string;
  items: CourseItem[];
}

export interface Course {
  /** course.yaml's `id` (every pack has one). */
  id?: string;
  title: string;
  version: string;
  root: string;
  /** course.yaml `strict` (default true): the authoring bar's findings are errors. */
  strict: boolean;
  modules: Module[];
  /** Every item by id (ids are unique across kinds). */
  items: Map<string, CourseItem>;
  /** Lesson aliases (old slugs) to lesson ids. */
  aliases: Map<string, string>;
}

export interface Dataset {
  /** File stem, e.g. "01-sample". */
  name: string;
  /** The first dataset is the sample the learner sees in full. */
  visible: boolean;
  sql: string;
  path: string;
}

export interface PipelineBatch {
  name: string;
  sql: string;
  path: string;
}

/** One pipeline scenario: a starting state and the batches that arrive, in order. */
export interface PipelineScenario {
  name: string;
  visible: boolean;
  initialSql: string;
  batches: PipelineBatch[];
  path: string;
}

export interface KnownWrongAnswer {
  name: string;
  sql: string;
  /** The reason it is wrong, from the comment at the top of the file. */
  why: string;
  path: string;
}

/**
 * An independent correct answer (alt/*.sql), written in another style than the reference: it must
 * pass every dataset or scenario too, so a wrong reference is caught. Never shown to learners.
 */
export interface AltAnswer {
  name: string;
  sql: string;
  path: string;
}

interface ProblemFilesBase {
  schemaSql: string;
  starterSql: string;
  solutionSql: string;
  wrong: KnownWrongAnswer[];
  alt: AltAnswer[];
  /** Markdown shown once the problem is solved (or the solution is revealed). */
  explanation?: string;
}

export interface QueryProblemFiles extends ProblemFilesBase {
  kind: 'query';
  meta: QueryProblemFrontMatter;
  datasets: Dataset[];
}

export interface PipelineProblemFiles extends ProblemFilesBase {
  kind: 'pipeline';
  meta: PipelineProblemFrontMatter;
  scenarios: PipelineScenario[];
  /** Builds the target from all batches at once, when the problem demands full-rebuild equality. */
  rebuildSql?: string;
}

export type ProblemFiles = QueryProblemFiles | PipelineProblemFiles;

export function allLessons(course: Course): Lesson[] {
  return course.modules.flatMap((m) => m.items.filter((i): i is Lesson => i.kind === 'lesson'));
}
export function allProblems(course: Course): Problem[] {
  return course.modules.flatMap((m) => m.items.filter((i): i is Problem => i.kind === 'problem'));
}
export function allQuizzes(course: Course): Quiz[] {
  return course.modules.flatMap((m) => m.items.filter((i): i is Quiz => i.kind === 'quiz'));
}
