/**
 * One learner's attempt at one quiz, on the host side: the quiz panel and the checks embedded in
 * lessons both drive a QuizRunner. It applies the page's actions to the QuizSession (core), records
 * the finished attempt in progress exactly once, and builds the screen to post. The session code is
 * part of the lazily loaded course bundle (lazy.ts), so nothing here runs at activation.
 */
import { itemKey } from '../../core/content/packs';
import type { Quiz } from '../../core/content/model';
import { recordQuizAttempt } from '../../core/progress/model';
import { attemptFromSummary } from '../../core/quiz/progress';
import type { QuizSession, QuizSessionState } from '../../core/quiz/session';
import type { QuizAction, QuizView } from '../../shared/messages';
import type { Dojo } from '../dojo';
import { quizKit } from '../lazy';

export class QuizRunner {
  private constructor(
    private readonly dojo: Dojo,
    /** The quiz's item key (built-in id or "<pack>/<id>"): its progress key too. */
    readonly quizId: string,
    private session: QuizSession,
  ) {}

  /** Resumes a saved attempt when it still fits the quiz, else starts a new one. */
  static open(dojo: Dojo, quiz: Quiz, saved?: unknown): QuizRunner {
    const { QuizSession } = quizKit();
    const restored = saved === undefined ? undefined : QuizSession.restore(quiz.meta, saved);
    if (saved !== undefined && !restored) dojo.log.info(`quiz ${quiz.id}: the saved attempt no longer fits the quiz; starting a new one`);
    return new QuizRunner(dojo, itemKey(quiz), restored ?? QuizSession.start(quiz.meta));
  }

  /** The quiz as the course has it now (undefined once it is gone after a reload). */
  quiz(): Quiz | undefined {
    const item = this.dojo.item(this.quizId);
    return item?.kind === 'quiz' ? item : undefined;
  }

  /** The attempt as plain JSON, for the page to keep across a window reload. */
  state(): QuizSessionState {
    return this.session.toJSON();
  }

  /** The current screen; undefined when the quiz is no longer in the course. */
  view(): QuizView | undefined {
    const quiz = this.quiz();
    if (!quiz) return undefined;
    if (quiz.meta !== this.session.quiz) this.rebind(quiz);
    return quizKit().quizView(this.dojo.catalogOf(quiz).course, quiz, this.session.view(), this.dojo.progress.progress);
  }

  /**
   * Applies an action from the page. Stale actions (a second click on Check, an answer to a
   * question that is no longer showing) change nothing: the caller posts the current screen again.
   * Returns whether anything changed.
   */
  act(action: QuizAction): boolean {
    const quiz = this.quiz();
    if (!quiz) return false;
    if (quiz.meta !== this.session.quiz) this.rebind(quiz);
    const s = this.session;
    switch (action.type) {
      case 'answer': {
        if (s.phase !== 'question' || s.current()?.id !== action.questionId) return false;
        const problem = s.check(action.optionIds);
        if (problem) {
          this.dojo.log.warn(`quiz ${this.quizId}: ignored an answer (${problem})`);
          return false;
        }
        s.answer(action.optionIds);
        return true;
      }
      case 'next': {
        if (s.phase !== 'feedback') return false;
        if (s.next() === 'summary') this.record();
        return true;
      }
      case 'restart': {
        const { QuizSession } = quizKit();
        // A new seed, so the options come in a new order (answers are kept by option id).
        let next = QuizSession.start(quiz.meta);
        for (let i = 0; i < 3 && next.seed === s.seed; i++) next = QuizSession.start(quiz.meta);
        this.session = next;
        return true;
      }
    }
  }

  /** The attempt just finished: its score goes into progress, once (only this transition records). */
  private record(): void {
    const summary = this.session.summary();
    const finishedAt = this.session.toJSON().finishedAt ?? new Date().toISOString();
    this.dojo.log.info(`quiz ${this.quizId}: finished with ${summary.correctCount}/${summary.total} (${summary.percent}%)`);
    void this.dojo.progress.update((p) => recordQuizAttempt(p, this.quizId, attemptFromSummary(summary, finishedAt)));
  }

  /** The course was reloaded: carry the attempt over when it still fits, else start again. */
  private rebind(quiz: Quiz): void {
    const { QuizSession } = quizKit();
    this.session = QuizSession.restore(quiz.meta, this.session.toJSON()) ?? QuizSession.start(quiz.meta);
  }
}
