/**
 * What DE Dojo remembers about a learner, as plain data and pure transitions: lessons read,
 * problems attempted and solved (with hints used and whether the solution was viewed), and quiz
 * scores (the quiz module's own record). Stored as one JSON-able object; `parseProgress` reads a
 * stored value defensively, so a corrupt record is reported and reset instead of breaking the
 * extension. Answer files are never part of progress: resetting progress never touches them.
 */
import { foldQuizAttempt, parseQuizProgress, type QuizAttempt, type QuizProgress } from '../quiz/progress';

export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** When the learner marked it read (ISO 8601). */
  readAt: string;
}

export interface ProblemProgress {
  /** Checks run (Run Query alone does not count). */
  attempts: number;
  solved: boolean;
  /** First correct check (ISO 8601). */
  solvedAt?: string;
  lastAttemptAt?: string;
  lastStatus?: 'correct' | 'incorrect' | 'error';
  /** Hints revealed so far (they are revealed in order). */
  hintsUsed: number;
  solutionViewed: boolean;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  problems: Record<string, ProblemProgress>;
  quizzes: Record<string, QuizProgress>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, problems: {}, quizzes: {} };
}

export function emptyProblemProgress(): ProblemProgress {
  return { attempts: 0, solved: false, hintsUsed: 0, solutionViewed: false };
}

export type ProblemStatus = 'new' | 'attempted' | 'solved';
export type LessonStatus = 'unread' | 'read';

/**
 * The one rule for the key an item's progress is stored under: the built-in course's items by
 * their id (unchanged, so nobody loses progress), a course pack's as "<pack>/<id>" (ids never
 * contain "/", so a pack may reuse the built-in course's ids or another pack's). The same key
 * addresses the item in commands and panels (core/content/packs.ts).
 */
export function progressKey(item: { id: string; pack?: string }): string {
  return item.pack ? `${item.pack}/${item.id}` : item.id;
}

/** An own entry of a progress section: never something inherited from Object.prototype. */
function own<T>(section: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(section, id) ? section[id] : undefined;
}

export function lessonRecord(p: Progress, id: string): LessonProgress | undefined {
  return own(p.lessons, id);
}

export function quizRecord(p: Progress, id: string): QuizProgress | undefined {
  return own(p.quizzes, id);
}

export function problemStatus(p: Progress, id: string): ProblemStatus {
  const r = own(p.problems, id);
  if (!r) return 'new';
  if (r.solved) return 'solved';
  return r.attempts > 0 ? 'attempted' : 'new';
}

export function lessonStatus(p: Progress, id: string): LessonStatus {
  return own(p.lessons, id) ? 'read' : 'unread';
}

export function problemRecord(p: Progress, id: string): ProblemProgress {
  return own(p.problems, id) ?? emptyProblemProgress();
}

// ---- transitions: each returns a new Progress (or the same object when nothing changes) ----

export function markLessonRead(p: Progress, id: string, at: Date): Progress {
  if (own(p.lessons, id)) return p;
  return { ...p, lessons: { ...p.lessons, [id]: { readAt: at.toISOString() } } };
}

export function markLessonUnread(p: Progress, id: string): Progress {
  if (!own(p.lessons, id)) return p;
  const lessons = { ...p.lessons };
  delete lessons[id];
  return { ...p, lessons };
}

/** A check finished with this status. Solved is sticky: a later wrong check does not unsolve. */
export function recordCheck(p: Progress, id: string, status: 'correct' | 'incorrect' | 'error', at: Date): Progress {
  const prev = problemRecord(p, id);
  const iso = at.toISOString();
  const next: ProblemProgress = { ...prev, attempts: prev.attempts + 1, lastAttemptAt: iso, lastStatus: status };
  if (status === 'correct' && !prev.solved) {
    next.solved = true;
    next.solvedAt = iso;
  }
  return withProblem(p, id, next);
}

/** Reveals the next hint, up to `total`; returns the same object when every hint is already shown. */
export function revealHint(p: Progress, id: string, total: number): Progress {
  const prev = problemRecord(p, id);
  if (prev.hintsUsed >= total) return p;
  return withProblem(p, id, { ...prev, hintsUsed: prev.hintsUsed + 1 });
}

export function recordSolutionViewed(p: Progress, id: string): Progress {
  const prev = problemRecord(p, id);
  if (prev.solutionViewed) return p;
  return withProblem(p, id, { ...prev, solutionViewed: true });
}

export function recordQuizAttempt(p: Progress, id: string, attempt: QuizAttempt): Progress {
  return { ...p, quizzes: { ...p.quizzes, [id]: foldQuizAttempt(own(p.quizzes, id), attempt) } };
}

function withProblem(p: Progress, id: string, r: ProblemProgress): Progress {
  return { ...p, problems: { ...p.problems, [id]: r } };
}

// ---- reading a stored record ----

export interface ParsedProgress {
  progress: Progress;
  /** Set when the stored value was damaged: what was wrong and what was reset. */
  warning?: string;
}

/**
 * Reads what the store holds. Nothing stored → empty progress, no warning. A value that is not a
 * progress record at all → empty progress and a warning. Individual damaged entries are dropped
 * (and named in the warning) while the rest is kept.
 */
export function parseProgress(raw: unknown): ParsedProgress {
  if (raw === undefined || raw === null) return { progress: emptyProgress() };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { progress: emptyProgress(), warning: `the stored progress is not a record (found ${Array.isArray(raw) ? 'a list' : typeof raw}); it was reset` };
  }
  const r = raw as Record<string, unknown>;
  if (r.version !== PROGRESS_VERSION) {
    return { progress: emptyProgress(), warning: `the stored progress has an unknown version (${JSON.stringify(r.version) ?? 'none'}); it was reset` };
  }
  const dropped: string[] = [];
  const progress = emptyProgress();
  for (const [section, parse, target] of [
    ['lessons', parseLessonProgress, progress.lessons],
    ['problems', parseProblemProgress, progress.problems],
    ['quizzes', parseQuizProgress, progress.quizzes],
  ] as const) {
    const value = r[section];
    if (value === undefined) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      dropped.push(`all ${section}`);
      continue;
    }
    for (const [id, entry] of Object.entries(value)) {
      // Hand-edited JSON can hold "__proto__": assigning it would replace the section's prototype.
      const parsed = id === '__proto__' ? undefined : parse(entry);
      if (parsed) (target as Record<string, unknown>)[id] = parsed;
      else dropped.push(`${section.slice(0, -1).replace(/quizze$/, 'quiz')} "${id}"`);
    }
  }
  if (dropped.length === 0) return { progress };
  const list = dropped.length > 5 ? `${dropped.slice(0, 5).join(', ')} and ${dropped.length - 5} more` : dropped.join(', ');
  return { progress, warning: `some stored progress was damaged and was reset: ${list}` };
}

const isIso = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function parseLessonProgress(v: unknown): LessonProgress | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return isIso(o.readAt) ? { readAt: o.readAt } : undefined;
}

function parseProblemProgress(v: unknown): ProblemProgress | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (!isCount(o.attempts) || typeof o.solved !== 'boolean' || !isCount(o.hintsUsed) || typeof o.solutionViewed !== 'boolean') return undefined;
  if (o.solvedAt !== undefined && !isIso(o.solvedAt)) return undefined;
  if (o.lastAttemptAt !== undefined && !isIso(o.lastAttemptAt)) return undefined;
  if (o.lastStatus !== undefined && o.lastStatus !== 'correct' && o.lastStatus !== 'incorrect' && o.lastStatus !== 'error') return undefined;
  const r: ProblemProgress = { attempts: o.attempts, solved: o.solved, hintsUsed: o.hintsUsed, solutionViewed: o.solutionViewed };
  if (o.solvedAt !== undefined) r.solvedAt = o.solvedAt as string;
  if (o.lastAttemptAt !== undefined) r.lastAttemptAt = o.lastAttemptAt as string;
  if (o.lastStatus !== undefined) r.lastStatus = o.lastStatus as ProblemProgress['lastStatus'];
  return r;
}

// ---- merging two records (the progress file and the globalState cache) ----

/**
 * Progress from two places (the file beside the answers and this machine's cache) folded into one,
 * entry by entry, keeping the most progress: an item done on either side is done, counts take the
 * larger, first times the earlier and "last" fields the later. Symmetric, so the order of the
 * arguments does not matter, and merging a record with itself gives it back unchanged.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: PROGRESS_VERSION,
    lessons: mergeSection(a.lessons, b.lessons, (x, y) => ({ readAt: earlier(x.readAt, y.readAt)! })),
    problems: mergeSection(a.problems, b.problems, mergeProblem),
    quizzes: mergeSection(a.quizzes, b.quizzes, mergeQuiz),
  };
}

function mergeSection<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = own(a, id);
    const y = own(b, id);
    out[id] = x && y ? both(x, y) : (x ?? y)!;
  }
  return out;
}

function mergeProblem(x: ProblemProgress, y: ProblemProgress): ProblemProgress {
  const r: ProblemProgress = {
    attempts: Math.max(x.attempts, y.attempts),
    solved: x.solved || y.solved,
    hintsUsed: Math.max(x.hintsUsed, y.hintsUsed),
    solutionViewed: x.solutionViewed || y.solutionViewed,
  };
  const solvedAt = earlier(x.solvedAt, y.solvedAt);
  if (solvedAt) r.solvedAt = solvedAt;
  const latest = later(x.lastAttemptAt, y.lastAttemptAt);
  if (latest) {
    r.lastAttemptAt = latest;
    const from = x.lastAttemptAt === latest ? x : y;
    if (from.lastStatus) r.lastStatus = from.lastStatus;
  }
  return r;
}

function mergeQuiz(x: QuizProgress, y: QuizProgress): QuizProgress {
  const newer = Date.parse(y.lastAttemptAt) > Date.parse(x.lastAttemptAt) ? y : x;
  return { bestScore: Math.max(x.bestScore, y.bestScore), lastScore: newer.lastScore, lastAttemptAt: newer.lastAttemptAt, attempts: Math.max(x.attempts, y.attempts) };
}

function earlier(x: string | undefined, y: string | undefined): string | undefined {
  if (x === undefined || y === undefined) return x ?? y;
  return Date.parse(y) < Date.parse(x) ? y : x;
}

function later(x: string | undefined, y: string | undefined): string | undefined {
  if (x === undefined || y === undefined) return x ?? y;
  return Date.parse(y) > Date.parse(x) ? y : x;
}

/** Same content, whatever the key order: used to skip writes that would change nothing. */
export function sameProgress(a: Progress, b: Progress): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}
