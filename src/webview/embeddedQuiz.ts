/**
 * Concept checks inside a lesson: each `:::quiz <id>` placeholder of the lesson body becomes a
 * short check with the same controls and feedback as the quiz panel (quiz.ts). The host runs the
 * attempts; this module mounts the widgets, routes the host's screens to them by quiz id, and hands
 * each attempt to the lesson page's state so a reload resumes it.
 */
import type { LessonToHost, QuizView } from '../shared/messages';
import { isQuizView } from '../shared/messages';
import { h } from './dom';
import { QuizWidget } from './quiz';

export type SavedChecks = Record<string, { view?: QuizView; session?: unknown }>;

interface Mounted {
  widget: QuizWidget;
  title: HTMLElement;
  status: HTMLElement;
}

function statusText(v: QuizView): string {
  const questions = `${v.questionCount} ${v.questionCount === 1 ? 'question' : 'questions'}`;
  if (v.bestPercent === undefined) return `${questions} · not taken yet`;
  return v.status === 'done' ? `${questions} · passed · best ${v.bestPercent}%` : `${questions} · best ${v.bestPercent}% · pass at ${v.passPercent}%`;
}

export class EmbeddedChecks {
  private mounted = new Map<string, Mounted>();

  constructor(
    private readonly post: (m: LessonToHost) => void,
    /** Called whenever a check's screen changes, to keep it in the page state. */
    private readonly save: (quizId: string, entry: { view: QuizView; session: unknown }) => void,
  ) {}

  /**
   * Fills the placeholders of a freshly drawn lesson body and asks the host for each check's
   * screen (resuming the saved attempt when there is one).
   */
  mount(body: HTMLElement, titles: Record<string, string>, saved: SavedChecks | undefined, lessonId: string): void {
    this.mounted = new Map();
    for (const section of body.querySelectorAll<HTMLElement>('section.embedded-quiz')) {
      if (section.childElementCount > 0) continue;
      const id = section.getAttribute('data-quiz-id') ?? '';
      if (!titles[id]) {
        section.append(h('p', { class: 'callout-label' }, 'Concept check'), h('p', { class: 'note' }, `The check "${id}" is not in the course.`));
        continue;
      }
      if (this.mounted.has(id)) {
        // The same check twice on one page: the second is a link to the quiz panel.
        section.append(h('p', {}, h('a', { href: '#', 'data-link-kind': 'quiz', 'data-link-id': id }, `Open "${titles[id]}"`)));
        continue;
      }
      const prefix = `check-${id}`;
      const title = h('h3', { class: 'embedded-quiz-title', id: `${prefix}-title` }, h('span', { class: 'callout-label' }, 'Concept check'), h('span', {}, titles[id]));
      const status = h('p', { class: 'note embedded-quiz-status' });
      const widget = new QuizWidget({
        idPrefix: prefix,
        level: 4,
        embedded: true,
        currentLessonId: lessonId,
        send: (action) => this.post({ type: 'quizAction', quizId: id, action }),
      });
      section.removeAttribute('aria-label');
      section.setAttribute('aria-labelledby', title.id);
      section.append(title, status, widget.root);
      const m = { widget, title, status };
      this.mounted.set(id, m);
      const entry = saved?.[id];
      if (entry?.view && isQuizView(entry.view) && entry.view.quizId === id) this.draw(m, entry.view);
      else widget.root.append(h('p', { class: 'note' }, 'Loading the check…'));
      this.post({ type: 'quizOpen', quizId: id, ...(entry?.session !== undefined ? { saved: entry.session } : {}) });
    }
  }

  /** A screen from the host. */
  show(view: QuizView, session: unknown): void {
    const m = this.mounted.get(view.quizId);
    if (!m) return;
    this.draw(m, view);
    this.save(view.quizId, { view, session });
  }

  private draw(m: Mounted, view: QuizView): void {
    m.widget.root.querySelector(':scope > p.note')?.remove();
    m.title.lastElementChild!.textContent = view.title;
    m.status.textContent = statusText(view);
    m.widget.show(view);
  }
}
