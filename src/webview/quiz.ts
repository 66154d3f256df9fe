/**
 * A concept check on screen: the quiz panel and the checks embedded in lessons both use this
 * widget. One question at a time in a fieldset with real radio buttons (single choice, true/false)
 * or checkboxes (select all that apply); Enter checks, arrow keys move within a radio group
 * natively; the feedback arrives in a live region that stays in the page, so screen readers
 * announce it; every mark has words, never colour alone.
 *
 * The widget only draws what the host sends and reports what the learner does: scoring, the option
 * order and progress live in the host.
 */
import type { ItemRef, QuizAction, QuizFeedbackView, QuizQuestionView, QuizSummaryView, QuizView } from '../shared/messages';
import { h, trustedHtml } from './dom';

export interface QuizWidgetOptions {
  /** Makes element ids unique when several checks share a page. */
  idPrefix: string;
  /** Heading level of the verdict and of the summary (2 in the quiz panel, deeper in a lesson). */
  level: 2 | 3 | 4;
  /** Embedded in a lesson: no "Next item" button, quieter headings. */
  embedded: boolean;
  send(action: QuizAction): void;
  /** Opens a course item (the quiz panel's "Next: …" button). */
  openItem?(ref: ItemRef): void;
  /** The lesson the check is embedded in: no links to the page the learner is reading. */
  currentLessonId?: string;
}

type Level = 2 | 3 | 4 | 5;
const heading = (level: Level, attrs: Record<string, string | number | boolean | undefined>, ...children: (Node | string)[]) =>
  h(`h${level}` as 'h2', attrs, ...children);

/** A mark that reads the same to everyone: an icon hidden from screen readers, then words. */
function mark(icon: string, words: string, cls: string): HTMLElement {
  return h('span', { class: `quiz-mark ${cls}` }, h('span', { class: 'quiz-mark-icon', 'aria-hidden': 'true' }, icon), ` ${words}`);
}

function lessonLink(ref: ItemRef): HTMLAnchorElement {
  return h('a', { href: '#', 'data-link-kind': 'lesson', 'data-link-id': ref.id }, ref.title);
}

export class QuizWidget {
  /** The form holds the question, the live feedback region and the buttons. */
  readonly root: HTMLFormElement;
  private readonly stage: HTMLElement;
  private readonly live: HTMLElement;
  private readonly actions: HTMLElement;
  private view: QuizView | undefined;
  private drawnKey = '';
  /** The learner acted: move focus to where the answer to that action appears. */
  private focusOnNextDraw = false;

  constructor(private readonly o: QuizWidgetOptions) {
    this.stage = h('div', { class: 'quiz-stage' });
    this.live = h('div', { class: 'quiz-live', id: `${o.idPrefix}-live`, 'aria-live': 'polite' });
    this.actions = h('div', { class: 'actions quiz-actions' });
    this.root = h('form', { class: `quiz-form${o.embedded ? ' quiz-embedded' : ''}`, novalidate: true }, this.stage, this.live, this.actions);
    this.root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check();
    });
    // Enter on an option checks the answer (browsers differ on implicit submission from radios).
    // A choice clears the "choose an answer first" note.
    this.root.addEventListener('change', () => this.live.querySelector('.quiz-error')?.remove());
    this.root.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.isComposing || !(e.target instanceof HTMLInputElement)) return;
      e.preventDefault();
      this.check();
    });
  }

  /**
   * Draws a screen. The same screen again (a progress refresh, a restored state) changes nothing,
   * so the learner's selection and focus stay where they are.
   */
  show(view: QuizView, opts: { focus?: boolean } = {}): void {
    const key = JSON.stringify([view.screen, view.next, view.bestPercent, view.attempts]);
    this.view = view;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const focus = this.focusOnNextDraw || opts.focus === true;
    this.focusOnNextDraw = false;
    const s = view.screen;
    switch (s.phase) {
      case 'question':
        this.stage.replaceChildren(this.fieldset(s.question));
        this.live.replaceChildren();
        this.actions.replaceChildren(h('button', { type: 'submit', class: 'primary', id: `${this.o.idPrefix}-check` }, 'Check'));
        if (focus) this.firstOption()?.focus();
        break;
      case 'feedback': {
        this.stage.replaceChildren(this.fieldset(s.question, s.feedback));
        this.live.replaceChildren(this.feedback(s.feedback));
        const next = this.button(s.isLast ? 'See your score' : 'Next question', { type: 'next' }, true, `${this.o.idPrefix}-next`);
        this.actions.replaceChildren(next);
        if (focus) next.focus();
        break;
      }
      case 'summary': {
        const section = this.summary(s.summary, view);
        this.stage.replaceChildren(section);
        // A short announcement; the summary itself is read from its heading, which takes focus.
        this.live.replaceChildren(
          h('p', { class: 'sr-only' }, `Finished: ${s.summary.correctCount} of ${s.summary.total} right, ${s.summary.percent}%. ${s.summary.passed ? 'Passed.' : 'Not passed yet.'}`),
        );
        const again = this.button('Try again', { type: 'restart' }, !s.summary.passed || this.o.embedded || !view.next, `${this.o.idPrefix}-again`);
        again.title = 'Start a new attempt; the options come in a new order';
        const buttons: HTMLElement[] = [again];
        const open = this.o.openItem;
        if (!this.o.embedded && view.next && open) {
          const target = view.next;
          const next = h('button', { type: 'button', class: s.summary.passed ? 'primary' : 'secondary', id: `${this.o.idPrefix}-next-item` }, `Next: ${target.title}`);
          next.addEventListener('click', () => open(target));
          buttons.push(next);
        }
        this.actions.replaceChildren(...buttons);
        if (focus) section.querySelector<HTMLElement>('.verdict')?.focus();
        break;
      }
    }
  }

  private firstOption(): HTMLInputElement | null {
    return this.stage.querySelector<HTMLInputElement>('input:checked:not([disabled])') ?? this.stage.querySelector<HTMLInputElement>('input:not([disabled])');
  }

  private button(label: string, action: QuizAction, primary: boolean, id: string): HTMLButtonElement {
    const b = h('button', { type: 'button', class: primary ? 'primary' : 'secondary', id }, label);
    b.addEventListener('click', () => this.act(action));
    return b;
  }

  private act(action: QuizAction): void {
    this.focusOnNextDraw = true;
    this.o.send(action);
  }

  /** Sends the chosen options (by id), or says what is missing. */
  private check(): void {
    const s = this.view?.screen;
    if (!s || s.phase !== 'question') return;
    const chosen = [...this.stage.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    if (chosen.length === 0) {
      const words = s.question.type === 'multiple' ? 'Select at least one option, then press Check.' : 'Choose an answer, then press Check.';
      this.live.replaceChildren(h('p', { class: 'quiz-error' }, words));
      this.firstOption()?.focus();
      return;
    }
    this.act({ type: 'answer', questionId: s.question.id, optionIds: chosen });
  }

  private fieldset(q: QuizQuestionView, f?: QuizFeedbackView): HTMLElement {
    const p = this.o.idPrefix;
    const name = `${p}-${q.id}`;
    const kind = q.type === 'multiple' ? 'checkbox' : 'radio';
    const byId = new Map(f?.options.map((o) => [o.id, o]));
    const instructionId = `${name}-instruction`;
    const options = q.options.map((o) => {
      const id = `${name}-${o.id}`;
      const fo = byId.get(o.id);
      const input = h('input', { type: kind, id, name, value: o.id, disabled: f !== undefined, checked: fo?.chosen === true });
      const label = h('label', { class: 'quiz-option', for: id }, input, trustedHtml('span', { class: 'quiz-option-text' }, o.html));
      if (fo) {
        if (fo.correct) label.classList.add('is-correct');
        if (fo.chosen) label.classList.add('is-chosen');
        if (fo.chosen && !fo.correct) label.classList.add('is-wrong');
        const m = fo.correct
          ? mark('✓', fo.chosen ? 'Your answer: correct' : q.type === 'multiple' ? 'Missed: also correct' : 'Correct answer', 'mark-correct')
          : fo.chosen
            ? mark('✗', 'Your answer: incorrect', 'mark-wrong')
            : undefined;
        if (m) label.append(m);
      }
      return label;
    });
    const legend = h(
      'legend',
      { class: 'quiz-legend' },
      h('span', { class: 'quiz-count' }, `Question ${q.number} of ${q.total}`),
      trustedHtml('span', { class: 'quiz-prompt' }, q.promptHtml),
    );
    return h(
      'fieldset',
      { class: `quiz-question quiz-${q.type}`, 'aria-describedby': instructionId },
      legend,
      h('p', { class: 'quiz-instruction', id: instructionId }, q.instruction),
      h('div', { class: 'quiz-options' }, ...options),
    );
  }

  private feedback(f: QuizFeedbackView): HTMLElement {
    const level = this.o.level as Level;
    const reasons = h('ul', { class: 'quiz-reasons' });
    const quote = (o: { html: string }) => h('q', {}, trustedHtml('span', {}, o.html));
    const multiple = f.options.filter((o) => o.correct).length > 1;
    for (const o of f.options) {
      let lead: (Node | string)[] | undefined;
      if (o.chosen && !o.correct) lead = ['Why ', quote(o), ' is wrong: '];
      else if (o.chosen && o.correct) lead = [quote(o), ' is right: '];
      else if (o.correct) lead = multiple ? ['You left out ', quote(o), ': '] : ['The right answer, ', quote(o), ': '];
      if (lead) reasons.append(h('li', { class: o.correct ? 'reason-correct' : 'reason-wrong' }, ...lead, trustedHtml('span', {}, o.explanationHtml)));
    }
    return h(
      'section',
      { class: `quiz-feedback ${f.correct ? 'verdict-correct' : 'verdict-wrong'}`, 'aria-label': 'Feedback' },
      heading(level, { class: 'verdict' }, h('span', { 'aria-hidden': 'true' }, f.correct ? '✓ ' : '✗ '), f.correct ? 'Correct' : 'Incorrect'),
      trustedHtml('div', { class: 'quiz-explanation' }, f.explanationHtml),
      reasons.childElementCount ? reasons : undefined,
      f.lesson && f.lesson.id !== this.o.currentLessonId ? h('p', { class: 'note' }, 'Covered in the lesson ', lessonLink(f.lesson), '.') : undefined,
    );
  }

  private summary(s: QuizSummaryView, view: QuizView): HTMLElement {
    const level = this.o.level as Level;
    const sub = Math.min(level + 1, 5) as Level;
    const best =
      view.bestPercent !== undefined && view.attempts > 1 ? h('p', { class: 'note' }, `Your best: ${view.bestPercent}% over ${view.attempts} attempts.`) : undefined;
    const elsewhere = (ref: ItemRef | undefined) => (ref && ref.id !== this.o.currentLessonId ? ref : undefined);
    const revisit = s.lessons.filter((l) => elsewhere(l));
    // With one lesson behind every miss, the list of lessons says it once.
    const perQuestion = revisit.length > 1;
    const missed = s.missed.length
      ? [
          heading(sub, {}, 'Questions to review'),
          h(
            'ul',
            { class: 'quiz-missed' },
            ...s.missed.map((m) => {
              const lesson = perQuestion ? elsewhere(m.lesson) : undefined;
              return h('li', {}, trustedHtml('span', {}, m.promptHtml), lesson ? h('span', { class: 'note' }, ' — see ', lessonLink(lesson)) : undefined);
            }),
          ),
        ]
      : [];
    const lessons = revisit.length
      ? [
          heading(sub, {}, revisit.length === 1 ? 'Lesson to revisit' : 'Lessons to revisit'),
          h('ul', { class: 'quiz-lessons' }, ...revisit.map((l) => h('li', {}, lessonLink(l), h('span', { class: 'item-meta' }, ` · Lesson · ${l.status === 'done' ? 'read' : 'not read yet'}`)))),
        ]
      : [];
    return h(
      'section',
      { class: `quiz-summary ${s.passed ? 'verdict-correct' : 'verdict-wrong'}`, 'aria-label': 'Your score' },
      heading(level, { class: 'verdict', tabindex: -1 }, h('span', { 'aria-hidden': 'true' }, s.passed ? '✓ ' : '✗ '), s.passed ? 'Passed' : 'Not passed yet'),
      h('p', { class: 'quiz-score' }, h('strong', {}, `${s.correctCount} of ${s.total}`), ` right (${s.percent}%). A pass is ${s.passPercent}% or more.`),
      best,
      ...missed,
      ...lessons,
      s.missed.length === 0 ? h('p', {}, 'Every question right.') : undefined,
    );
  }
}
