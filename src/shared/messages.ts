/**
 * Messages between the extension host and its webviews, defined once for both sides. Everything a
 * webview receives or sends is plain JSON (no bigint, no Uint8Array). Received messages are
 * `unknown` until a guard below accepts them: a webview is untrusted input for the host, and the
 * host's messages are checked too before the page acts on them.
 *
 * This module imports nothing from the project, so the webview bundles stay small and the rule
 * "webview code imports only src/shared" holds.
 */

// ---------------------------------------------------------------- view data

export type CellType = 'null' | 'integer' | 'real' | 'text' | 'blob';

export interface CellView {
  text: string;
  type: CellType;
}

export interface TableView {
  /** A table name (sample data) or a caption such as "Expected". */
  name?: string;
  columns: string[];
  /** Declared column types (from the schema), parallel to `columns`, when known. */
  columnTypes?: string[];
  rows: CellView[][];
  /** The rows shown are the first of more. */
  truncated?: boolean;
}

/**
 * How a row of a merged comparison reads. Expected vs yours: `missing` (expected, not in yours),
 * `extra` (yours, not expected), `changed` (same key, other values). Before vs after a pipeline
 * run: `inserted`, `updated`, `deleted`. `same` rows match.
 */
export type RowMark = 'same' | 'missing' | 'extra' | 'changed' | 'inserted' | 'updated' | 'deleted';

export interface ComparisonRowView {
  mark: RowMark;
  /** Yours (or the state after) for every row but missing/deleted ones, which show the other side. */
  cells: CellView[];
  /** changed/updated rows: the other side's value of each differing cell, by column; absent where equal. */
  was?: (CellView | null)[];
}

/**
 * Two results in one table: every row once, marked, differing cells holding both values. The
 * key columns come first so they can stay in view while the table scrolls sideways.
 */
export interface ComparisonView {
  caption: string;
  /** Which two sides: expected vs yours, or before vs after a run. */
  sides: 'expected' | 'change';
  columns: string[];
  columnTypes?: string[];
  /** How many leading columns identify a row (declared key, or the first column). */
  keyColumns: number;
  rows: ComparisonRowView[];
  counts: Partial<Record<RowMark, number>>;
  truncated?: boolean;
}

export interface SchemaColumn {
  name: string;
  type: string;
  primaryKey: boolean;
  notNull: boolean;
}

export interface SampleTable {
  name: string;
  columns: SchemaColumn[];
  rows: TableView;
}

export type ItemKind = 'lesson' | 'problem' | 'quiz';

/** What every page sends when a link to a course item or an external address is followed. */
export type NavigationMessage = { type: 'openItem'; kind: ItemKind; id: string } | { type: 'openExternal'; url: string };
export type ItemStatus = 'new' | 'attempted' | 'done';

export interface ItemRef {
  kind: ItemKind;
  id: string;
  title: string;
  status: ItemStatus;
}

export interface LessonView {
  id: string;
  title: string;
  moduleTitle: string;
  minutes: number;
  /** Rendered in the host (markdown-it, raw HTML escaped). */
  html: string;
  read: boolean;
  related: ItemRef[];
  /** The page's one Next: the next unfinished item after this lesson in course order. */
  next?: ItemRef;
  /** The lesson this panel showed before a link was followed here (the Back target). */
  back?: ItemRef;
  /** Titles of quizzes embedded with `:::quiz <id>`, by id. */
  quizTitles: Record<string, string>;
}

export interface GradeDatasetView {
  name: string;
  visible: boolean;
  passed: boolean;
}

export interface GradeView {
  problemId: string;
  status: 'correct' | 'incorrect' | 'error';
  /** Exactly "Correct", "Incorrect" or "Error". */
  title: string;
  headline: string;
  /** Further rungs of the feedback ladder and cell-level hints, in order (indented lines are detail rows). */
  details: string[];
  /** Query problems are graded per dataset, pipeline problems per scenario. */
  unit: 'dataset' | 'scenario';
  datasets: GradeDatasetView[];
  /**
   * Expected and actual results on the sample (one pair per target table for pipelines), and the
   * two merged into one marked table when they have the same columns.
   */
  sample?: { heading: string; pairs: { expected: TableView; actual: TableView; comparison?: ComparisonView }[] };
  /**
   * The first failing dataset shrunk to the rows that still tell the answer from the reference
   * (query problems), or the batch rows and prior state behind a pipeline failure.
   */
  counterexample?: { dataset: string; hidden: boolean; heading: string; tables: TableView[]; expected?: TableView; actual?: TableView; comparison?: ComparisonView };
  /** Where in the answer file the error is (1-based). */
  errorAt?: { line: number; column: number };
  ms: number;
  at: string;
  /** Which text of the answer this grades (answerFingerprint); the page marks it stale once the text changes. */
  fingerprint?: string;
}

export interface RunView {
  problemId: string;
  /** "the sample dataset (01-sample)" or "the sample scenario (…), first batch (…)". */
  where: string;
  result?: TableView;
  /** Pipeline runs: the batch, and the tables before and after. */
  tables?: TableView[];
  /** Pipeline runs: rows changed by each statement. */
  notes?: string[];
  error?: string;
  errorAt?: { line: number; column: number };
  /** Query runs: your result merged with the expected one on the sample (when the columns agree). */
  comparison?: ComparisonView;
  /** Query runs whose columns differ from the expected ones: the expected rows, shown beside yours. */
  expected?: TableView;
  /** Pipeline runs: each table before → after the batch, rows marked inserted / updated / deleted. */
  changes?: ComparisonView[];
  /** Pipeline runs: each target after the batch, yours merged with the reference's (compared columns). */
  comparisons?: ComparisonView[];
  /** Whether the result matches the expected one on what ran, in words. */
  verdict?: { matches: boolean; text: string };
  /** Pipeline runs: the scenario and batch that ran (0-based) and the scenario's batch count. */
  target?: { scenario: number; batch: number; batchCount: number };
  ms: number;
  at: string;
  /** Which text of the answer ran (answerFingerprint); the page marks it stale once the text changes. */
  fingerprint?: string;
}

export interface ProblemView {
  id: string;
  title: string;
  moduleTitle: string;
  difficulty: string;
  kind: 'query' | 'pipeline';
  statementHtml: string;
  /** Relative path of the learner's answer file, as shown to them. */
  answerPath: string;
  hintsTotal: number;
  /** The hints revealed so far, as HTML rendered in the host (they are revealed one at a time). */
  hints: string[];
  status: ItemStatus;
  solved: boolean;
  /** Present once the learner has solved the problem or chosen to see the solution. */
  solution?: { sqlHtml: string; explanationHtml?: string };
  lessons: ItemRef[];
  next?: ItemRef;
  /** Pipeline problems: the scenarios Run may use (the visible ones) and their batches, by name. */
  runScenarios?: { index: number; name: string; batches: string[] }[];
  /** Pipeline problems: the scenario and batch Run uses now, as last picked (a reused panel forgets it). */
  runTarget?: { scenario: number; batch: number };
}

/** Tables and sample rows arrive separately: they need the grading worker. */
export type SampleState = { state: 'loading' } | { state: 'ready'; tables: SampleTable[]; note?: string } | { state: 'failed'; message: string };

// ---------------------------------------------------------------- concept checks

export type QuizQuestionType = 'single' | 'multiple' | 'truefalse';

/** A question as the learner sees it before answering: nothing says which option is right. */
export interface QuizQuestionView {
  id: string;
  type: QuizQuestionType;
  /** Rendered in the host (inline Markdown, raw HTML escaped). */
  promptHtml: string;
  /** 1-based position and the number of questions, for "Question 2 of 6". */
  number: number;
  total: number;
  /** "Choose one answer.", "Select all that apply." or "True or false?" */
  instruction: string;
  /** In this attempt's (shuffled) order; answers are sent back by id, never by position. */
  options: { id: string; html: string }[];
}

export interface QuizOptionFeedbackView {
  id: string;
  html: string;
  correct: boolean;
  chosen: boolean;
  /** Why this option is right or wrong. */
  explanationHtml: string;
}

export interface QuizFeedbackView {
  correct: boolean;
  /** The explanation of the right answer, shown after every answer. */
  explanationHtml: string;
  /** Every option in the presented order, marked right/wrong and chosen/not. */
  options: QuizOptionFeedbackView[];
  /** The lesson that covers the question. */
  lesson?: ItemRef;
}

export interface QuizSummaryView {
  correctCount: number;
  total: number;
  percent: number;
  passPercent: number;
  passed: boolean;
  /** The questions answered wrongly, in quiz order, with the lesson that covers each. */
  missed: { questionId: string; promptHtml: string; lesson?: ItemRef }[];
  /** The lessons covering the missed questions, each once. */
  lessons: ItemRef[];
}

export type QuizScreen =
  | { phase: 'question'; question: QuizQuestionView }
  | { phase: 'feedback'; question: QuizQuestionView; feedback: QuizFeedbackView; isLast: boolean }
  | { phase: 'summary'; summary: QuizSummaryView };

/** One screen of a quiz attempt, for the quiz panel or a check embedded in a lesson. */
export interface QuizView {
  quizId: string;
  title: string;
  moduleTitle: string;
  summaryHtml?: string;
  questionCount: number;
  passPercent: number;
  status: ItemStatus;
  /** Best score over finished attempts, as a whole percentage. */
  bestPercent?: number;
  attempts: number;
  screen: QuizScreen;
  next?: ItemRef;
}

// ---------------------------------------------------------------- messages

export type LessonToHost =
  | { type: 'ready' }
  | NavigationMessage
  | { type: 'markRead'; read: boolean }
  /** The end of the lesson has been on screen (one of the two ways a lesson counts as read). */
  | { type: 'reachedEnd'; lessonId: string }
  /** Back to the lesson this panel showed before a link was followed. */
  | { type: 'back' }
  | EmbeddedQuizToHost;

export type HostToLesson = { type: 'lesson'; view: LessonView } | HostToQuiz;

export type ProblemAction = 'run' | 'check' | 'hint' | 'solution' | 'reset' | 'openAnswer';

export type ProblemToHost =
  | { type: 'ready' }
  | { type: 'action'; action: ProblemAction }
  /** Pipeline problems: the scenario and batch (0-based) the next Run uses, from the page's pickers. */
  | { type: 'runTarget'; scenario: number; batch: number }
  | NavigationMessage;

export type HostToProblem =
  | { type: 'problem'; view: ProblemView }
  | { type: 'sample'; sample: SampleState }
  | { type: 'busy'; action: 'run' | 'check' }
  | { type: 'run'; run: RunView }
  | { type: 'grade'; grade: GradeView }
  | { type: 'clearResults' }
  /** The answer's text as the editor holds it now (answerFingerprint), so older results show as stale. */
  | { type: 'answer'; fingerprint: string };

/** Actions on a concept check, from the quiz panel or from a check embedded in a lesson. */
export type QuizAction =
  /** The question id guards against an answer to a question that is no longer showing. */
  | { type: 'answer'; questionId: string; optionIds: string[] }
  | { type: 'next' }
  | { type: 'restart' };

export type QuizToHost = { type: 'ready' } | QuizAction | NavigationMessage;

/** `session` is the attempt as QuizSession.toJSON() saved it; the page keeps it for a reload. */
export type HostToQuiz = { type: 'quiz'; view: QuizView; session: unknown };

/** A check embedded in a lesson (`:::quiz <id>`): the lesson page names the quiz in every message. */
export type EmbeddedQuizToHost = { type: 'quizOpen'; quizId: string; saved?: unknown } | { type: 'quizAction'; quizId: string; action: QuizAction };

/** What a webview keeps with setState, so a reloaded window shows the same page at once. */
export interface LessonState {
  lessonId: string;
  view?: LessonView;
  scrollY?: number;
  /** Embedded checks, by quiz id: the last screen and the attempt, for a reload. */
  quizzes?: Record<string, { view?: QuizView; session?: unknown }>;
}

export interface QuizState {
  quizId: string;
  view?: QuizView;
  /** The attempt (QuizSession.toJSON()), handed back to the host after a reload. */
  session?: unknown;
}

export interface ProblemState {
  problemId: string;
  view?: ProblemView;
  sample?: SampleState;
  lastRun?: RunView;
  lastGrade?: GradeView;
  /** The answer text's fingerprint as last reported by the host. */
  fingerprint?: string;
  /** Pipeline problems: the scenario and batch picked for Run. */
  runTarget?: { scenario: number; batch: number };
}

// ---------------------------------------------------------------- guards

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
/** Ids are course ids: lower-case words joined by dashes (the content schema's rule). */
export const isId = (v: unknown): v is string => isStr(v) && v.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);
/**
 * An item key as pages keep it: a built-in id, or "<pack>/<id>" for an item of a course pack (the
 * host addresses pack items that way, so a restored panel reopens the right pack's item).
 */
export const isItemKey = (v: unknown): v is string =>
  isStr(v) && v.length <= 200 && /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000;
const isKind = (v: unknown): v is ItemKind => v === 'lesson' || v === 'problem' || v === 'quiz';
const PROBLEM_ACTIONS: readonly ProblemAction[] = ['run', 'check', 'hint', 'solution', 'reset', 'openAnswer'];

/** Only https addresses leave the extension, and only through a message the host checks again. */
export function isHttpsUrl(v: unknown): v is string {
  if (!isStr(v) || v.length > 2000) return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A followed link: a course item by kind and id, or an https address (nothing else leaves a page). */
export function isNavigationMessage(m: unknown): m is NavigationMessage {
  if (!isObj(m)) return false;
  if (m.type === 'openItem') return isKind(m.kind) && isId(m.id);
  return m.type === 'openExternal' && isHttpsUrl(m.url);
}

export function isLessonToHost(m: unknown): m is LessonToHost {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'ready':
      return true;
    case 'openItem':
    case 'openExternal':
      return isNavigationMessage(m);
    case 'markRead':
      return typeof m.read === 'boolean';
    case 'reachedEnd':
      return isItemKey(m.lessonId);
    case 'back':
      return true;
    case 'quizOpen':
    case 'quizAction':
      return isEmbeddedQuizToHost(m);
    default:
      return false;
  }
}

/** An answer names at most this many options (no quiz has more; a longer list is not an answer). */
const MAX_OPTIONS = 50;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.length <= MAX_OPTIONS && v.every(isId);

export function isQuizAction(m: unknown): m is QuizAction {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'answer':
      return isId(m.questionId) && isIdList(m.optionIds);
    case 'next':
    case 'restart':
      return true;
    default:
      return false;
  }
}

export function isQuizToHost(m: unknown): m is QuizToHost {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'ready':
      return true;
    case 'openItem':
    case 'openExternal':
      return isNavigationMessage(m);
    default:
      return isQuizAction(m);
  }
}

export function isEmbeddedQuizToHost(m: unknown): m is EmbeddedQuizToHost {
  if (!isObj(m) || !isId(m.quizId)) return false;
  if (m.type === 'quizOpen') return m.saved === undefined || isObj(m.saved);
  return m.type === 'quizAction' && isQuizAction(m.action);
}

const QUIZ_PHASES = ['question', 'feedback', 'summary'];

/** A quiz screen from the host (or from a restored state) that the page can draw. */
export function isQuizView(v: unknown): v is QuizView {
  if (!isObj(v) || !isItemKey(v.quizId) || !isStr(v.title) || !isObj(v.screen) || !QUIZ_PHASES.includes(v.screen.phase as string)) return false;
  const s = v.screen;
  if (s.phase === 'summary') return isObj(s.summary) && Array.isArray(s.summary.missed) && Array.isArray(s.summary.lessons);
  if (!isObj(s.question) || !isId(s.question.id) || !Array.isArray(s.question.options)) return false;
  return s.phase === 'question' || (isObj(s.feedback) && Array.isArray(s.feedback.options));
}

export function isHostToQuiz(m: unknown): m is HostToQuiz {
  return isObj(m) && m.type === 'quiz' && isQuizView(m.view);
}

export function isProblemToHost(m: unknown): m is ProblemToHost {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'ready':
      return true;
    case 'action':
      return PROBLEM_ACTIONS.includes(m.action as ProblemAction);
    case 'runTarget':
      return isIndex(m.scenario) && isIndex(m.batch);
    case 'openItem':
    case 'openExternal':
      return isNavigationMessage(m);
    default:
      return false;
  }
}

export function isHostToLesson(m: unknown): m is HostToLesson {
  if (isHostToQuiz(m)) return true;
  return isObj(m) && m.type === 'lesson' && isObj(m.view) && isItemKey(m.view.id) && isStr(m.view.html) && isStr(m.view.title);
}

export function isHostToProblem(m: unknown): m is HostToProblem {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'problem':
      return isObj(m.view) && isItemKey(m.view.id) && isStr(m.view.title) && isStr(m.view.statementHtml) && Array.isArray(m.view.hints);
    case 'sample':
      return isObj(m.sample) && (m.sample.state === 'loading' || (m.sample.state === 'ready' && Array.isArray(m.sample.tables)) || (m.sample.state === 'failed' && isStr(m.sample.message)));
    case 'busy':
      return m.action === 'run' || m.action === 'check';
    case 'run':
      return isObj(m.run) && isId(m.run.problemId);
    case 'grade':
      return isObj(m.grade) && isId(m.grade.problemId) && (m.grade.status === 'correct' || m.grade.status === 'incorrect' || m.grade.status === 'error') && isStr(m.grade.title);
    case 'clearResults':
      return true;
    case 'answer':
      return isStr(m.fingerprint) && m.fingerprint.length <= 100;
    default:
      return false;
  }
}

/** Restored webview state is as untrusted as a message: check its shape before using it. */
export function isLessonState(s: unknown): s is LessonState {
  return isObj(s) && isItemKey(s.lessonId);
}

export function isQuizState(s: unknown): s is QuizState {
  return isObj(s) && isItemKey(s.quizId);
}

export function isProblemState(s: unknown): s is ProblemState {
  return isObj(s) && isItemKey(s.problemId);
}
