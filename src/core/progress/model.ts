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

export function problemStatus(p: Progress, id: string): ProblemStatus {
  const r = p.problems[id];
  if (!r) return 'new';
  if (r.solved) return 'solved';
  return r.attempts > 0 ? 'attempted' : 'new';
}

export function lessonStatus(p: Progress, id: string): LessonStatus {
  return p.lessons[id] ? 'read' : 'unread';
}

export function problemRecord(p: Progress, id: string): ProblemProgress {
  return p.problems[id] ?? emptyProblemProgress();
}

// ---- transitions: each returns a new Progress (or the same object when nothing changes) ----

export function markLessonRead(p: Progress, id: string, at: Date): Progress {
  if (p.lessons[id]) return p;
  return { ...p, lessons: { ...p.lessons, [id]: { readAt: at.toISOString() } } };
}

export function markLessonUnread(p: Progress, id: string): Progress {
  if (!p.lessons[id]) return p;
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
  return { ...p, quizzes: { ...p.quizzes, [id]: foldQuizAttempt(p.quizzes[id], attempt) } };
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
      const parsed = parse(entry);
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
