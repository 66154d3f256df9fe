/**
 * How a quiz reads in the "Open Quiz..." quick pick: an icon matching the Topics tree, the title,
 * and the learner's status in words (not started, best score, passed). Pure: no vscode import, and
 * light enough for the extension bundle (no quiz session code, no Markdown).
 */
import type { Quiz } from '../../core/content/model';
import { progressKey, quizRecord, type Progress } from '../../core/progress/model';
import { quizStatus } from '../../core/quiz/progress';

export interface QuizPickText {
  label: string;
  description: string;
  detail: string;
}

/** The status in words, e.g. "not started", "best 75% · not passed yet", "passed · best 100%". */
export function quizStatusText(quiz: Quiz, p: Progress): string {
  const s = quizStatus(quizRecord(p, progressKey(quiz)), quiz.meta.passScore);
  if (s.state === 'not-started') return 'not started';
  return s.state === 'done' ? `passed · best ${s.bestPercent}%` : `best ${s.bestPercent}% · not passed yet`;
}

export function quizPickText(quiz: Quiz, moduleTitle: string, p: Progress): QuizPickText {
  const done = quizStatus(quizRecord(p, progressKey(quiz)), quiz.meta.passScore).state === 'done';
  const n = quiz.meta.questions.length;
  return {
    label: `${done ? '$(pass-filled)' : '$(question)'} ${quiz.title}`,
    description: `${quiz.id} · ${moduleTitle}`,
    detail: [`${n} ${n === 1 ? 'question' : 'questions'}`, quizStatusText(quiz, p), `pass at ${Math.round(quiz.meta.passScore * 100)}%`, quiz.meta.summary].filter(Boolean).join(' · '),
  };
}
