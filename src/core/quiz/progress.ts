/**
 * What DE Dojo remembers about a learner's quizzes, as pure data and pure functions. The overall
 * progress store (src/core/progress) keeps one QuizProgress per quiz id and folds each finished
 * attempt into it with foldQuizAttempt.
 */
import { DEFAULT_PASS_SCORE, meetsPassScore, type QuizSummary } from './scoring';

export interface QuizProgress {
  /** Best score over all attempts, a fraction from 0 to 1. */
  bestScore: number;
  /** Score of the most recent attempt. */
  lastScore: number;
  /** When the most recent attempt finished (ISO 8601). */
  lastAttemptAt: string;
  /** Number of finished attempts. */
  attempts: number;
}

/** One finished attempt, as the progress store receives it. */
export interface QuizAttempt {
  score: number;
  /** When it finished (ISO 8601). */
  at: string;
}

/** The attempt a summary describes, finished at `at`. */
export function attemptFromSummary(summary: Pick<QuizSummary, 'score'>, at: Date | string): QuizAttempt {
  return { score: summary.score, at: typeof at === 'string' ? at : at.toISOString() };
}

/**
 * Folds a finished attempt into the record (undefined when the quiz was never finished). The best
 * score never goes down; a late-arriving older attempt does not replace the last one.
 */
export function foldQuizAttempt(previous: QuizProgress | undefined, attempt: QuizAttempt): QuizProgress {
  if (!(attempt.score >= 0 && attempt.score <= 1)) throw new RangeError(`a quiz score is a fraction from 0 to 1, not ${attempt.score}`);
  if (Number.isNaN(Date.parse(attempt.at))) throw new RangeError(`attempt time "${attempt.at}" is not an ISO date`);
  if (!previous) return { bestScore: attempt.score, lastScore: attempt.score, lastAttemptAt: attempt.at, attempts: 1 };
  const newer = Date.parse(attempt.at) >= Date.parse(previous.lastAttemptAt);
  return {
    bestScore: Math.max(previous.bestScore, attempt.score),
    lastScore: newer ? attempt.score : previous.lastScore,
    lastAttemptAt: newer ? attempt.at : previous.lastAttemptAt,
    attempts: previous.attempts + 1,
  };
}

/** A quiz is done once its best score reaches the pass score (80% unless the quiz says otherwise). */
export function isQuizDone(progress: QuizProgress | undefined, passScore: number = DEFAULT_PASS_SCORE): boolean {
  return progress !== undefined && meetsPassScore(progress.bestScore, passScore);
}

export type QuizStatus =
  | { state: 'not-started' }
  | { state: 'attempted'; bestScore: number; bestPercent: number; attempts: number }
  | { state: 'done'; bestScore: number; bestPercent: number; attempts: number };

/** The status a tree item or a lesson's "Practice" list shows for a quiz. */
export function quizStatus(progress: QuizProgress | undefined, passScore: number = DEFAULT_PASS_SCORE): QuizStatus {
  if (!progress || progress.attempts === 0) return { state: 'not-started' };
  const detail = { bestScore: progress.bestScore, bestPercent: Math.round(progress.bestScore * 100), attempts: progress.attempts };
  return isQuizDone(progress, passScore) ? { state: 'done', ...detail } : { state: 'attempted', ...detail };
}

/** Reads a stored record defensively (progress files are edited by hand now and then). */
export function parseQuizProgress(value: unknown): QuizProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const fraction = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 1;
  if (!fraction(v.bestScore) || !fraction(v.lastScore)) return undefined;
  if (typeof v.lastAttemptAt !== 'string' || Number.isNaN(Date.parse(v.lastAttemptAt))) return undefined;
  if (typeof v.attempts !== 'number' || !Number.isInteger(v.attempts) || v.attempts < 1) return undefined;
  return { bestScore: Math.max(v.bestScore, v.lastScore), lastScore: v.lastScore, lastAttemptAt: v.lastAttemptAt, attempts: v.attempts };
}
