/**
 * A quiz attempt as data for a webview (the quiz panel, or a check embedded in a lesson): the
 * session's current screen with its text rendered from Markdown in the host, the lessons named by
 * id resolved to titles and statuses, and the learner's best score so far. Pure: no vscode import.
 * Part of the lazily loaded course bundle (it renders Markdown), never of activation.
 */
import type { Course, Quiz } from '../../core/content/model';
import { nextAfter } from '../../core/progress/navigation';
import { progressKey, quizRecord, type Progress } from '../../core/progress/model';
import { quizStatus } from '../../core/quiz/progress';
import type { PresentedQuestion, QuizView as SessionView } from '../../core/quiz/session';
import type { ItemRef, QuizQuestionView, QuizScreen, QuizView } from '../../shared/messages';
import { itemRef, itemStatus, renderPage } from './pageViews';

/** Course Markdown as HTML for a block (explanations, the quiz summary). */
export function blockHtml(course: Course, markdown: string): string {
  return renderPage(course, markdown).html.trim();
}

/**
 * Course Markdown as HTML for a phrase (a prompt in a legend, an option in a label): a single
 * paragraph loses its <p>, since labels and legends take phrasing content only.
 */
export function inlineHtml(course: Course, markdown: string): string {
  const html = blockHtml(course, markdown);
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1].includes('<p>') ? m[1] : html;
}

function lessonRef(course: Course, id: string | undefined, p: Progress): ItemRef | undefined {
  const item = id ? course.items.get(id) : undefined;
  return item?.kind === 'lesson' ? itemRef(item, p) : undefined;
}

function questionView(course: Course, q: PresentedQuestion): QuizQuestionView {
  return {
    id: q.id,
    type: q.type,
    promptHtml: inlineHtml(course, q.prompt),
    number: q.number,
    total: q.total,
    instruction: q.instruction,
    options: q.options.map((o) => ({ id: o.id, html: inlineHtml(course, o.text) })),
  };
}

function screen(course: Course, v: SessionView, p: Progress): QuizScreen {
  switch (v.phase) {
    case 'question':
      return { phase: 'question', question: questionView(course, v.question) };
    case 'feedback': {
      const f = v.feedback;
      const lesson = lessonRef(course, f.lesson, p);
      return {
        phase: 'feedback',
        question: questionView(course, v.question),
        isLast: v.isLast,
        feedback: {
          correct: f.correct,
          explanationHtml: blockHtml(course, f.explanation),
          options: f.options.map((o) => ({ id: o.id, html: inlineHtml(course, o.text), correct: o.correct, chosen: o.chosen, explanationHtml: inlineHtml(course, o.explanation) })),
          ...(lesson ? { lesson } : {}),
        },
      };
    }
    case 'summary': {
      const s = v.summary;
      return {
        phase: 'summary',
        summary: {
          correctCount: s.correctCount,
          total: s.total,
          percent: s.percent,
          passPercent: Math.round(s.passScore * 100),
          passed: s.passed,
          missed: s.missed.map((m) => {
            const lesson = lessonRef(course, m.lesson, p);
            return { questionId: m.questionId, promptHtml: inlineHtml(course, m.prompt), ...(lesson ? { lesson } : {}) };
          }),
          lessons: s.lessonsToRevisit.flatMap((id) => {
            const ref = lessonRef(course, id, p);
            return ref ? [ref] : [];
          }),
        },
      };
    }
  }
}

/** The screen the webview draws, with the quiz's status and the learner's best score. */
export function quizView(course: Course, quiz: Quiz, session: SessionView, p: Progress): QuizView {
  const status = quizStatus(quizRecord(p, progressKey(quiz)), quiz.meta.passScore);
  const next = nextAfter(course, p, quiz.id);
  const moduleTitle = course.modules.find((m) => m.id === quiz.moduleId)?.title ?? quiz.moduleId;
  return {
    quizId: quiz.id,
    title: quiz.title,
    moduleTitle,
    ...(quiz.meta.summary ? { summaryHtml: blockHtml(course, quiz.meta.summary) } : {}),
    questionCount: quiz.meta.questions.length,
    passPercent: Math.round(quiz.meta.passScore * 100),
    status: itemStatus(quiz, p),
    ...(status.state !== 'not-started' ? { bestPercent: status.bestPercent } : {}),
    attempts: status.state === 'not-started' ? 0 : status.attempts,
    screen: screen(course, session, p),
    ...(next ? { next: itemRef(next, p) } : {}),
  };
}
