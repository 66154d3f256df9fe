/**
 * The lesson page. Draws the lesson the host sends (HTML rendered in the host), turns clicks on
 * course links into messages, and keeps its state for a window reload.
 */
import { isHostToLesson, isLessonState, type ItemRef, type LessonState, type LessonToHost, type LessonView } from '../shared/messages';
import { h, routeLinkClicks, STATUS_LABEL, trustedHtml, vscodeApi } from './dom';
import { EmbeddedChecks } from './embeddedQuiz';

const vscode = vscodeApi();
const app = document.getElementById('app')!;
const post = (m: LessonToHost) => vscode.postMessage(m);

let state: LessonState | undefined = isLessonState(vscode.getState()) ? (vscode.getState() as LessonState) : undefined;

// Concept checks embedded with `:::quiz <id>`: the host runs them, the page keeps their attempts.
const checks = new EmbeddedChecks(post, (quizId, entry) => {
  if (!state) return;
  state = { ...state, quizzes: { ...state.quizzes, [quizId]: entry } };
  vscode.setState(state);
});
/** The lesson body on screen and the HTML it was drawn from: redrawn only when that changes. */
let drawnBody: { el: HTMLElement; html: string } | undefined;

function kindWord(kind: ItemRef['kind']): string {
  return kind === 'lesson' ? 'Lesson' : kind === 'problem' ? 'Problem' : 'Concept check';
}

function itemButton(ref: ItemRef, prefix = ''): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `item-button status-${ref.status}`, 'data-kind': ref.kind, 'data-id': ref.id }, `${prefix}${ref.title}`, h('span', { class: 'item-meta' }, ` ${kindWord(ref.kind)} · ${STATUS_LABEL[ref.status]}`));
  b.addEventListener('click', () => post({ type: 'openItem', kind: ref.kind, id: ref.id }));
  return b;
}

function render(view: LessonView, keepScroll: boolean): void {
  const scrollY = keepScroll ? window.scrollY : 0;
  // The same lesson with the same text (a progress refresh): keep the body, and with it the
  // embedded checks' answers and the keyboard focus.
  const reuse = keepScroll && drawnBody !== undefined && drawnBody.html === view.html && drawnBody.el.isConnected;
  const body = reuse ? drawnBody!.el : trustedHtml('article', { id: 'lesson-body', class: 'markdown' }, view.html);
  if (!reuse) {
    checks.mount(body, view.quizTitles, state?.quizzes, view.id);
    drawnBody = { el: body, html: view.html };
  }
  const markRead = h('button', { type: 'button', id: 'mark-read', class: view.read ? 'secondary' : 'primary', 'aria-pressed': view.read ? 'true' : 'false' }, view.read ? 'Marked as read' : 'Mark as read');
  markRead.title = view.read ? 'Click to mark as not read' : 'Count this lesson as read';
  markRead.addEventListener('click', () => post({ type: 'markRead', read: !view.read }));
  const actions = h('div', { class: 'actions' }, markRead);
  if (view.next) {
    const next = h('button', { type: 'button', id: 'next-item', class: view.read ? 'primary' : 'secondary' }, `Next: ${view.next.title}`);
    const target = view.next;
    next.addEventListener('click', () => {
      if (!view.read) post({ type: 'markRead', read: true });
      post({ type: 'openItem', kind: target.kind, id: target.id });
    });
    actions.append(next);
  }
  const practice = view.related.length
    ? h('section', { class: 'practice', 'aria-labelledby': 'practice-heading' }, h('h2', { id: 'practice-heading' }, 'Practice'), h('ul', { class: 'item-list' }, ...view.related.map((r) => h('li', {}, itemButton(r)))))
    : undefined;
  const header = h('header', { class: 'page-header' }, h('p', { class: 'eyebrow' }, `${view.moduleTitle} · Lesson · ${view.minutes} min${view.read ? ' · read' : ''}`), h('h1', { id: 'lesson-title' }, view.title));
  if (view.back) {
    const back = h('button', { type: 'button', id: 'lesson-back', class: 'back-button' }, `← Back to ${view.back.title}`);
    back.addEventListener('click', () => post({ type: 'back' }));
    header.prepend(back);
  }
  const footer = h('footer', { class: 'page-footer' }, practice, actions);
  if (reuse) {
    app.querySelector(':scope > header.page-header')?.replaceWith(header);
    app.querySelector(':scope > footer.page-footer')?.replaceWith(footer);
  } else {
    app.replaceChildren(header, body, footer);
  }
  app.setAttribute('aria-busy', 'false');
  document.title = view.title;
  if (!reuse) window.scrollTo(0, scrollY);
  watchEnd(body, view);
}

/** Tells the host once per lesson when the end of its text has been on screen (it then counts as read). */
let endWatch: { lessonId: string; observer: IntersectionObserver } | undefined;
function watchEnd(body: HTMLElement, view: LessonView): void {
  if (endWatch?.lessonId === view.id || view.read) return;
  endWatch?.observer.disconnect();
  let end = body.querySelector(':scope > .lesson-end');
  if (!end) {
    end = h('div', { class: 'lesson-end', 'aria-hidden': 'true' });
    body.append(end);
  }
  const lessonId = view.id;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    post({ type: 'reachedEnd', lessonId });
  });
  observer.observe(end);
  endWatch = { lessonId, observer };
}

routeLinkClicks(post);

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    if (state) vscode.setState({ ...state, scrollY: window.scrollY });
  }, 200);
});

window.addEventListener('message', (e: MessageEvent) => {
  const m: unknown = e.data;
  if (!isHostToLesson(m)) return;
  if (m.type === 'quiz') {
    checks.show(m.view, m.session);
    return;
  }
  const same = state?.lessonId === m.view.id;
  state = { lessonId: m.view.id, view: m.view, scrollY: same ? window.scrollY : 0, quizzes: same ? state?.quizzes : undefined };
  vscode.setState(state);
  render(m.view, same);
});

if (state?.view) {
  render(state.view, false);
  window.scrollTo(0, state.scrollY ?? 0);
}
post({ type: 'ready' });
