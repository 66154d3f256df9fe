/**
 * The quiz panel's page: a header (module, question count, pass mark, the learner's best score)
 * and the concept check itself (quiz.ts). The host runs the attempt; the page draws each screen,
 * reports answers by option id, and keeps the last screen and the attempt in its state so a
 * reloaded window comes back to the same question.
 */
import { isHostToQuiz, isQuizState, isQuizView, type QuizState, type QuizToHost, type QuizView } from '../shared/messages';
import { h, routeLinkClicks, trustedHtml, vscodeApi } from './dom';
import { QuizWidget } from './quiz';

const vscode = vscodeApi();
const app = document.getElementById('app')!;
const post = (m: QuizToHost) => vscode.postMessage(m);

const saved = vscode.getState();
let state: QuizState | undefined = isQuizState(saved) ? saved : undefined;

const widget = new QuizWidget({
  idPrefix: 'quiz',
  level: 2,
  embedded: false,
  send: (action) => post(action),
  openItem: (ref) => post({ type: 'openItem', kind: ref.kind, id: ref.id }),
});
const header = h('header', { class: 'page-header' });
let mounted = false;

function statusText(v: QuizView): string {
  if (v.bestPercent === undefined) return 'Not taken yet';
  const attempts = `${v.attempts} ${v.attempts === 1 ? 'attempt' : 'attempts'}`;
  return v.status === 'done' ? `Passed · best ${v.bestPercent}% · ${attempts}` : `Best so far ${v.bestPercent}% · ${attempts}`;
}

function render(view: QuizView, focus: boolean): void {
  const questions = `${view.questionCount} ${view.questionCount === 1 ? 'question' : 'questions'}`;
  const parts: (HTMLElement | undefined)[] = [
    h('p', { class: 'eyebrow' }, `${view.moduleTitle} · Concept check · ${questions} · pass at ${view.passPercent}%`),
    h('h1', { id: 'quiz-title' }, view.title),
    view.summaryHtml ? trustedHtml('div', { class: 'quiz-about note' }, view.summaryHtml) : undefined,
    h('p', { class: `quiz-status status-${view.status}`, id: 'quiz-status' }, statusText(view)),
  ];
  header.replaceChildren(...parts.filter((x): x is HTMLElement => x !== undefined));
  if (!mounted) {
    app.replaceChildren(header, widget.root);
    app.setAttribute('aria-busy', 'false');
    mounted = true;
  }
  widget.show(view, { focus });
  document.title = view.title;
}

routeLinkClicks(post);

let first = true;
window.addEventListener('message', (e: MessageEvent) => {
  const m: unknown = e.data;
  if (!isHostToQuiz(m)) return;
  state = { quizId: m.view.quizId, view: m.view, session: m.session };
  vscode.setState(state);
  // A freshly opened panel puts the keyboard on the first option at once.
  render(m.view, first && m.view.screen.phase === 'question');
  first = false;
});

if (state?.view && isQuizView(state.view)) render(state.view, false);
post({ type: 'ready' });
