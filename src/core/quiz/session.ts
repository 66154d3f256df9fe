/**
 * One attempt at a quiz as a small state machine that every front end drives the same way:
 *
 *   start(quiz, {seed}) → phase "question" → answer(optionIds) → phase "feedback"
 *     → next() → "question" … → after the last feedback, next() → phase "summary"
 *
 * The whole attempt is plain JSON (`toJSON()`), so a webview panel can persist it and come back
 * to the same question, with the same option order, after a reload (`restore`). Options are
 * shuffled once per attempt from the stored seed; answers are stored as option ids.
 */
import type { QuizFile, QuizQuestion } from '../content/schema';
import { normalizeSeed, questionSeed, randomSeed, seededShuffle } from './random';
import { checkSelection, scoreQuestion, summarizeQuiz, type QuestionFeedback, type QuizSummary } from './scoring';

export type QuizPhase = 'question' | 'feedback' | 'summary';

/** The serialisable state of an attempt. Only ids are stored: text fixes never break a restore. */
export interface QuizSessionState {
  kind: 'de-dojo/quiz-attempt';
  version: 1;
  quizId: string;
  seed: number;
  /** ISO 8601 times. */
  startedAt: string;
  finishedAt?: string;
  /** Questions in the order they are asked, each with its option ids in presented order. */
  order: { questionId: string; optionIds: string[] }[];
  /** 0-based index into `order` of the question being asked or explained. */
  index: number;
  phase: QuizPhase;
  /** Question id → the option ids the learner chose. */
  answers: Record<string, string[]>;
}

/** A question as the learner sees it before answering: no hint of which option is right. */
export interface PresentedQuestion {
  id: string;
  type: QuizQuestion['type'];
  prompt: string;
  /** 1-based position and the number of questions, for "Question 2 of 6". */
  number: number;
  total: number;
  /** A short instruction matching the control: "Choose one answer.", "Select all that apply." … */
  instruction: string;
  options: { id: string; text: string }[];
}

/** Everything a front end needs to draw the current screen; post it to a webview as is. */
export type QuizView =
  | { phase: 'question'; quizId: string; title: string; question: PresentedQuestion }
  | { phase: 'feedback'; quizId: string; title: string; question: PresentedQuestion; feedback: QuestionFeedback; isLast: boolean }
  | { phase: 'summary'; quizId: string; title: string; summary: QuizSummary };

export class QuizSessionError extends Error {
  override name = 'QuizSessionError';
}

export interface QuizSessionOptions {
  /** The attempt's seed; a random one when absent. The same seed gives the same option order. */
  seed?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

export const INSTRUCTIONS: Record<QuizQuestion['type'], string> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply.',
  truefalse: 'True or false?',
};

/**
 * The option order for one question in one attempt. True/false keeps its authored order (a
 * "False, True" list only slows the learner down); the other types are shuffled.
 */
export function presentedOptionOrder(question: QuizQuestion, seed: number): string[] {
  const ids = question.options.map((o) => o.id);
  return question.type === 'truefalse' ? ids : seededShuffle(ids, questionSeed(seed, question.id));
}

export class QuizSession {
  private constructor(
    readonly quiz: QuizFile,
    private s: QuizSessionState,
    private readonly now: () => Date,
  ) {}

  /** A new attempt: options shuffled from the seed, first question showing. */
  static start(quiz: QuizFile, options: QuizSessionOptions = {}): QuizSession {
    if (quiz.questions.length === 0) throw new QuizSessionError(`quiz ${quiz.id} has no questions`);
    const now = options.now ?? (() => new Date());
    const seed = normalizeSeed(options.seed ?? randomSeed());
    const state: QuizSessionState = {
      kind: 'de-dojo/quiz-attempt',
      version: 1,
      quizId: quiz.id,
      seed,
      startedAt: now().toISOString(),
      order: quiz.questions.map((q) => ({ questionId: q.id, optionIds: presentedOptionOrder(q, seed) })),
      index: 0,
      phase: 'question',
      answers: {},
    };
    return new QuizSession(quiz, state, now);
  }

  /**
   * Resumes an attempt saved with `toJSON()`. Returns undefined when the state is not a saved
   * attempt of this quiz or no longer fits it (questions or options were added, removed or
   * renamed since): the caller then starts a new attempt.
   */
  static restore(quiz: QuizFile, saved: unknown, options: Pick<QuizSessionOptions, 'now'> = {}): QuizSession | undefined {
    const state = parseState(quiz, saved);
    return state ? new QuizSession(quiz, state, options.now ?? (() => new Date())) : undefined;
  }

  get phase(): QuizPhase {
    return this.s.phase;
  }

  get seed(): number {
    return this.s.seed;
  }

  /** A deep copy of the state: plain JSON, safe to store or post. */
  toJSON(): QuizSessionState {
    return JSON.parse(JSON.stringify(this.s)) as QuizSessionState;
  }

  /** The question being asked or explained; undefined on the summary. */
  current(): PresentedQuestion | undefined {
    if (this.s.phase === 'summary') return undefined;
    return this.present(this.s.index);
  }

  /** Why these option ids are not an acceptable answer to the current question, or undefined. */
  check(optionIds: readonly string[]): string | undefined {
    if (this.s.phase !== 'question') return `there is no question waiting for an answer (the quiz shows its ${this.s.phase})`;
    return checkSelection(this.question(this.s.index), optionIds);
  }

  /** Records the answer to the current question and moves to its feedback. */
  answer(optionIds: readonly string[]): QuestionFeedback {
    const problem = this.check(optionIds);
    if (problem) throw new QuizSessionError(problem);
    const entry = this.s.order[this.s.index];
    const chosen = entry.optionIds.filter((id) => optionIds.includes(id));
    this.s.answers[entry.questionId] = chosen;
    this.s.phase = 'feedback';
    return this.feedback()!;
  }

  /** The feedback on the current question once it is answered. */
  feedback(): QuestionFeedback | undefined {
    if (this.s.phase !== 'feedback') return undefined;
    const entry = this.s.order[this.s.index];
    return scoreQuestion(this.question(this.s.index), this.s.answers[entry.questionId], entry.optionIds);
  }

  /** From feedback to the next question, or to the summary after the last one. Returns the new phase. */
  next(): QuizPhase {
    if (this.s.phase !== 'feedback') throw new QuizSessionError(`next() follows an answer; the quiz shows its ${this.s.phase}`);
    if (this.s.index + 1 < this.s.order.length) {
      this.s.index++;
      this.s.phase = 'question';
    } else {
      this.s.phase = 'summary';
      this.s.finishedAt = this.now().toISOString();
    }
    return this.s.phase;
  }

  /** The attempt's summary; available at any time (unanswered questions count as wrong). */
  summary(): QuizSummary {
    return summarizeQuiz(this.quiz, this.s.answers);
  }

  /** How many questions have been answered so far. */
  get answeredCount(): number {
    return Object.keys(this.s.answers).length;
  }

  /** The current screen as data. */
  view(): QuizView {
    const base = { quizId: this.quiz.id, title: this.quiz.title };
    if (this.s.phase === 'summary') return { phase: 'summary', ...base, summary: this.summary() };
    const question = this.present(this.s.index);
    if (this.s.phase === 'question') return { phase: 'question', ...base, question };
    return { phase: 'feedback', ...base, question, feedback: this.feedback()!, isLast: this.s.index === this.s.order.length - 1 };
  }

  private question(index: number): QuizQuestion {
    const id = this.s.order[index].questionId;
    return this.quiz.questions.find((q) => q.id === id)!;
  }

  private present(index: number): PresentedQuestion {
    const q = this.question(index);
    const byId = new Map(q.options.map((o) => [o.id, o]));
    return {
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      number: index + 1,
      total: this.s.order.length,
      instruction: INSTRUCTIONS[q.type],
      options: this.s.order[index].optionIds.map((id) => ({ id, text: byId.get(id)!.text })),
    };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Checks a saved attempt against the quiz as it is now; undefined when anything does not fit. */
function parseState(quiz: QuizFile, saved: unknown): QuizSessionState | undefined {
  if (!isRecord(saved) || saved.kind !== 'de-dojo/quiz-attempt' || saved.version !== 1 || saved.quizId !== quiz.id) return undefined;
  const { seed, startedAt, finishedAt, order, index, phase, answers } = saved;
  if (typeof seed !== 'number' || normalizeSeed(seed) !== seed || !isIsoTime(startedAt)) return undefined;
  if (finishedAt !== undefined && !isIsoTime(finishedAt)) return undefined;
  if (!Array.isArray(order) || order.length !== quiz.questions.length) return undefined;
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const cleanOrder: QuizSessionState['order'] = [];
  for (const entry of order) {
    if (!isRecord(entry) || typeof entry.questionId !== 'string' || !isStringArray(entry.optionIds)) return undefined;
    const q = questions.get(entry.questionId);
    if (!q || seen.has(q.id)) return undefined;
    seen.add(q.id);
    const ids = new Set(q.options.map((o) => o.id));
    if (entry.optionIds.length !== ids.size || new Set(entry.optionIds).size !== ids.size || !entry.optionIds.every((id) => ids.has(id))) return undefined;
    cleanOrder.push({ questionId: q.id, optionIds: [...entry.optionIds] });
  }
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= cleanOrder.length) return undefined;
  if (phase !== 'question' && phase !== 'feedback' && phase !== 'summary') return undefined;
  if (!isRecord(answers)) return undefined;
  const cleanAnswers: Record<string, string[]> = {};
  for (const [qid, chosen] of Object.entries(answers)) {
    const q = questions.get(qid);
    if (!q || !isStringArray(chosen) || checkSelection(q, chosen)) return undefined;
    cleanAnswers[qid] = [...chosen];
  }
  // The answers must be exactly the questions before the current one (plus it, once answered).
  const answeredUpTo = phase === 'question' ? index : index + 1;
  const expected = cleanOrder.slice(0, answeredUpTo).map((e) => e.questionId);
  if (Object.keys(cleanAnswers).length !== expected.length || !expected.every((id) => id in cleanAnswers)) return undefined;
  if (phase === 'summary' && (index !== cleanOrder.length - 1 || finishedAt === undefined)) return undefined;
  return {
    kind: 'de-dojo/quiz-attempt',
    version: 1,
    quizId: quiz.id,
    seed,
    startedAt,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    order: cleanOrder,
    index,
    phase,
    answers: cleanAnswers,
  };
}
