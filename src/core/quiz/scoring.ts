/**
 * Scoring a quiz: pure functions over the quiz file and the learner's choices, which are always
 * option ids. A question is right when the chosen set equals the set of correct options — for
 * "select all that apply" that means all of the correct ones and none of the others.
 */
import type { QuizFile, QuizQuestion } from '../content/schema';

/** A quiz counts as done at this share of right answers unless the quiz file says otherwise. */
export const DEFAULT_PASS_SCORE = 0.8;

/** Scores are fractions of a small integer count; compare with a tolerance, not bit-exact. */
export function meetsPassScore(score: number, passScore: number = DEFAULT_PASS_SCORE): boolean {
  return score + 1e-9 >= passScore;
}

export interface OptionExplanation {
  id: string;
  text: string;
  explanation: string;
}

export interface FeedbackOption extends OptionExplanation {
  /** Is this one of the right options? */
  correct: boolean;
  /** Did the learner choose it? */
  chosen: boolean;
}

/** Everything a front end shows after an answer, in the order the options were presented. */
export interface QuestionFeedback {
  questionId: string;
  type: QuizQuestion['type'];
  /** The chosen set equals the set of correct options. */
  correct: boolean;
  chosenOptionIds: string[];
  correctOptionIds: string[];
  /** The question's explanation of the right answer, shown after every answer. */
  explanation: string;
  /** Each chosen option that is wrong, with its own explanation of why. */
  wrongChoices: OptionExplanation[];
  /** Right options the learner left out (multiple choice), with why they are right. */
  missedOptions: OptionExplanation[];
  /** Every option, marked right/wrong and chosen/not, for a panel that colours the whole list. */
  options: FeedbackOption[];
  /** The lesson that covers the question, when the quiz names one. */
  lesson?: string;
}

const brief = (o: { id: string; text: string; explanation: string }): OptionExplanation => ({ id: o.id, text: o.text, explanation: o.explanation });

/**
 * Why a selection cannot be accepted as an answer to this question, or undefined when it can.
 * Duplicated ids are not a problem (a set is what counts).
 */
export function checkSelection(question: QuizQuestion, optionIds: readonly string[]): string | undefined {
  const known = new Set(question.options.map((o) => o.id));
  const unknown = optionIds.filter((id) => !known.has(id));
  if (unknown.length) return `question ${question.id} has no option ${unknown.map((u) => `"${u}"`).join(', ')}`;
  const chosen = new Set(optionIds);
  if (chosen.size === 0) return question.type === 'multiple' ? 'select at least one option' : 'choose an option';
  if (question.type !== 'multiple' && chosen.size > 1) return 'choose exactly one option';
  return undefined;
}

/** Is the chosen set exactly the set of correct options? Order and repeats do not matter. */
export function isAnswerCorrect(question: QuizQuestion, optionIds: readonly string[]): boolean {
  const chosen = new Set(optionIds);
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

/**
 * Feedback for one answer. `order` is the presented order of the option ids (the attempt's
 * shuffle); the feedback lists options in that order so it matches what the learner saw.
 */
export function scoreQuestion(question: QuizQuestion, optionIds: readonly string[], order?: readonly string[]): QuestionFeedback {
  const chosen = new Set(optionIds);
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const presented = order && order.length === question.options.length && order.every((id) => byId.has(id)) ? order.map((id) => byId.get(id)!) : question.options;
  const options: FeedbackOption[] = presented.map((o) => ({ ...brief(o), correct: o.correct, chosen: chosen.has(o.id) }));
  return {
    questionId: question.id,
    type: question.type,
    correct: isAnswerCorrect(question, optionIds),
    chosenOptionIds: options.filter((o) => o.chosen).map((o) => o.id),
    correctOptionIds: options.filter((o) => o.correct).map((o) => o.id),
    explanation: question.explanation,
    wrongChoices: options.filter((o) => o.chosen && !o.correct).map(brief),
    missedOptions: options.filter((o) => o.correct && !o.chosen).map(brief),
    options,
    ...(question.lesson ? { lesson: question.lesson } : {}),
  };
}

export interface QuestionResult {
  questionId: string;
  prompt: string;
  answered: boolean;
  correct: boolean;
  lesson?: string;
}

export interface QuizSummary {
  quizId: string;
  title: string;
  total: number;
  answeredCount: number;
  correctCount: number;
  /** correctCount / total, from 0 to 1 (unanswered questions count as wrong). */
  score: number;
  /** The score as a whole percentage, for display. */
  percent: number;
  passScore: number;
  passed: boolean;
  /** Every question in quiz order. */
  results: QuestionResult[];
  /** The questions answered wrongly or not at all, in quiz order. */
  missed: QuestionResult[];
  /** Lesson ids covering the missed questions, each once, in the order they are first needed. */
  lessonsToRevisit: string[];
}

/** The summary of an attempt: `answers` maps question ids to the chosen option ids. */
export function summarizeQuiz(quiz: QuizFile, answers: Readonly<Record<string, readonly string[]>>): QuizSummary {
  const results: QuestionResult[] = quiz.questions.map((q) => {
    const chosen = Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : undefined;
    return {
      questionId: q.id,
      prompt: q.prompt,
      answered: chosen !== undefined,
      correct: chosen !== undefined && isAnswerCorrect(q, chosen),
      ...(q.lesson ? { lesson: q.lesson } : {}),
    };
  });
  const total = results.length;
  const correctCount = results.filter((r) => r.correct).length;
  const score = total === 0 ? 0 : correctCount / total;
  const passScore = quiz.passScore ?? DEFAULT_PASS_SCORE;
  const missed = results.filter((r) => !r.correct);
  const lessonsToRevisit = [...new Set(missed.flatMap((r) => (r.lesson ? [r.lesson] : [])))];
  return {
    quizId: quiz.id,
    title: quiz.title,
    total,
    answeredCount: results.filter((r) => r.answered).length,
    correctCount,
    score,
    percent: Math.round(score * 100),
    passScore,
    passed: total > 0 && meetsPassScore(score, passScore),
    results,
    missed,
    lessonsToRevisit,
  };
}
