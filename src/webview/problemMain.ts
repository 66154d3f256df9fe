/**
 * The problem page: statement, tables with column types and sample rows, hints revealed so far,
 * the solution once earned, and the last run or check. Its buttons send actions; the host runs
 * the same commands as the palette. Keeps everything in its state for a window reload.
 */
import {
  isHostToProblem,
  isProblemState,
  type GradeView,
  type HostToProblem,
  type ProblemAction,
  type ProblemState,
  type ProblemToHost,
  type ProblemView,
  type RunView,
  type SampleState,
} from '../shared/messages';
import { h, scrollToAnchor, STATUS_LABEL, table, trustedHtml, routeLinkClicks, vscodeApi } from './dom';

const vscode = vscodeApi();
const app = document.getElementById('app')!;
const post = (m: ProblemToHost) => vscode.postMessage(m);
const isMac = navigator.platform.toUpperCase().includes('MAC');
const mod = isMac ? 'Cmd' : 'Ctrl';

let state: ProblemState | undefined = isProblemState(vscode.getState()) ? (vscode.getState() as ProblemState) : undefined;
let busy: 'run' | 'check' | undefined;

function save(): void {
  if (state) vscode.setState(state);
}

function actionButton(action: ProblemAction, label: string, opts: { primary?: boolean; keys?: string; disabled?: boolean; id?: string } = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', id: opts.id ?? `action-${action}`, class: opts.primary ? 'primary' : 'secondary', title: opts.keys ? `${label} (${opts.keys})` : label, disabled: opts.disabled }, label);
  if (opts.keys) b.setAttribute('aria-keyshortcuts', opts.keys.replace(/\+/g, '+'));
  b.addEventListener('click', () => post({ type: 'action', action }));
  return b;
}

/** Once the solution is on the page (earned or revealed), the button just takes the learner there. */
function solutionLink(): HTMLButtonElement {
  const b = h('button', { type: 'button', id: 'action-solution', class: 'secondary', title: 'Scroll to the solution and its explanation' }, 'Go to solution');
  b.addEventListener('click', () => scrollToAnchor('solution'));
  return b;
}

function header(v: ProblemView): HTMLElement {
  const hintLabel = v.hints.length >= v.hintsTotal ? `Hints shown (${v.hintsTotal})` : `Hint (${v.hints.length}/${v.hintsTotal})`;
  const answerLink = h('a', { href: '#', id: 'open-answer', title: 'Open your answer file' }, h('code', {}, v.answerPath));
  answerLink.addEventListener('click', (e) => {
    e.preventDefault();
    post({ type: 'action', action: 'openAnswer' });
  });
  const isQuery = v.kind === 'query';
  const runTitle = isQuery ? 'Run' : 'Run on batch 1';
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, `${v.moduleTitle} · ${isQuery ? 'Query' : 'Pipeline'} problem · ${v.difficulty} · ${STATUS_LABEL[v.status] === 'done' ? 'solved' : STATUS_LABEL[v.status]}`),
    h('h1', { id: 'problem-title' }, v.title),
    h('p', { class: 'answer-path' }, 'Your answer: ', answerLink),
    h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': 'Problem actions' },
      actionButton('run', runTitle, { keys: `${mod}+Enter`, disabled: busy !== undefined }),
      actionButton('check', 'Check', { primary: true, keys: `${mod}+Shift+Enter`, disabled: busy !== undefined }),
      actionButton('hint', hintLabel, { disabled: v.hints.length >= v.hintsTotal }),
      v.solution ? solutionLink() : actionButton('solution', 'Show solution'),
      actionButton('reset', 'Reset'),
    ),
  );
}

function detailList(lines: string[]): HTMLElement {
  // Indented lines are the rows behind the sentence above them.
  return h('ul', { id: 'feedback', class: 'feedback' }, ...lines.map((d) => (/^\s/.test(d) ? h('li', { class: 'detail-row' }, h('code', {}, d.trim())) : h('li', {}, d))));
}

function gradeSection(g: GradeView): HTMLElement {
  const unit = g.unit ?? 'dataset';
  const datasets = g.datasets.length
    ? h(
        'ul',
        { class: 'datasets', 'aria-label': unit === 'dataset' ? 'Datasets' : 'Scenarios' },
        ...g.datasets.map((d, i) => h('li', { class: d.passed ? 'pass' : 'fail' }, `${d.passed ? 'pass' : 'fail'}: ${unit} ${i + 1} of ${g.datasets.length}, ${d.name}${d.visible ? ' (sample)' : ' (hidden)'}`)),
      )
    : undefined;
  const section = h(
    'section',
    { id: 'grade', class: `grade grade-${g.status}`, 'aria-labelledby': 'grade-status' },
    h('h2', { id: 'grade-status' }, g.title),
    h('p', { id: 'grade-headline', class: 'headline' }, g.headline),
    g.errorAt ? h('p', { class: 'note' }, `Line ${g.errorAt.line}, column ${g.errorAt.column} of your answer is marked in the editor.`) : undefined,
    g.details.length ? detailList(g.details) : h('div', { id: 'feedback', hidden: true }),
    datasets,
  );
  if (g.counterexample) {
    const cx = g.counterexample;
    section.append(
      h(
        'section',
        { id: 'counterexample', class: 'counterexample', 'aria-labelledby': 'counterexample-heading' },
        h('h3', { id: 'counterexample-heading' }, cx.heading),
        cx.expected ? h('p', { class: 'note' }, 'The dataset cut down to the rows that still tell your answer from the reference.') : undefined,
        h('div', { class: 'tables' }, ...cx.tables.map((t) => table(t))),
        cx.expected && cx.actual ? h('div', { class: 'side-by-side' }, table(cx.expected, 'counterexample-expected', 'Expected'), table(cx.actual, 'counterexample-actual', 'Yours')) : undefined,
      ),
    );
  }
  if (g.sample) {
    section.append(
      h(
        'section',
        { id: 'sample-result', class: 'sample-result', 'aria-labelledby': 'sample-result-heading' },
        h('h3', { id: 'sample-result-heading' }, g.sample.heading),
        ...g.sample.pairs.map((p, i) =>
          h('div', { class: 'side-by-side' }, table(p.expected, i === 0 ? 'sample-expected' : `sample-expected-${i + 1}`), table(p.actual, i === 0 ? 'sample-actual' : `sample-actual-${i + 1}`)),
        ),
      ),
    );
  }
  section.append(h('p', { class: 'timing' }, `Checked at ${new Date(g.at).toLocaleTimeString()} in ${g.ms.toFixed(0)} ms.`));
  return section;
}

function runSection(r: RunView): HTMLElement {
  return h(
    'section',
    { id: 'run', class: `run ${r.error ? 'run-error' : ''}`, 'aria-labelledby': 'run-heading' },
    h('h2', { id: 'run-heading' }, r.error ? 'Run: error' : 'Run'),
    h('p', { class: 'note' }, `On ${r.where}.`),
    r.error ? h('p', { id: 'run-error', class: 'error-text' }, r.error) : undefined,
    r.result ? table(r.result, 'run-result') : undefined,
    ...(r.tables ?? []).map((t, i) => table(t, i === 0 ? 'run-result' : undefined)),
    r.notes?.length ? h('ul', { class: 'feedback' }, ...r.notes.map((n) => (/^\s/.test(n) ? h('li', { class: 'detail-row' }, h('code', {}, n.trim())) : h('li', {}, n)))) : undefined,
    h('p', { class: 'timing' }, `Ran at ${new Date(r.at).toLocaleTimeString()} in ${r.ms.toFixed(0)} ms.`),
  );
}

function resultArea(): HTMLElement {
  const area = h('div', { id: 'result', 'aria-live': 'polite' });
  const parts: { at: string; el: HTMLElement }[] = [];
  if (state?.lastGrade) parts.push({ at: state.lastGrade.at, el: gradeSection(state.lastGrade) });
  if (state?.lastRun) parts.push({ at: state.lastRun.at, el: runSection(state.lastRun) });
  parts.sort((a, b) => (a.at < b.at ? 1 : -1));
  if (busy) area.append(h('p', { id: 'busy', class: 'busy' }, busy === 'check' ? 'Checking your answer on every dataset…' : 'Running your answer on the sample…'));
  for (const p of parts) {
    if (busy === 'check' && p.el.id === 'grade') continue;
    if (busy === 'run' && p.el.id === 'run') continue;
    area.append(p.el);
  }
  return area;
}

function sampleSection(sample: SampleState | undefined): HTMLElement {
  const section = h('section', { id: 'tables', class: 'tables-section', 'aria-labelledby': 'tables-heading' }, h('h2', { id: 'tables-heading' }, 'Tables and sample data'));
  if (!sample || sample.state === 'loading') section.append(h('p', { class: 'note' }, 'Loading the tables…'));
  else if (sample.state === 'failed') section.append(h('p', { class: 'note' }, sample.message));
  else {
    if (sample.note) section.append(h('p', { class: 'note' }, sample.note));
    for (const t of sample.tables) {
      const cols = h(
        'ul',
        { class: 'columns', 'aria-label': `Columns of ${t.name}` },
        ...t.columns.map((c) => h('li', {}, h('code', {}, c.name), ' ', h('span', { class: 'col-type' }, c.type || 'any'), c.primaryKey ? h('span', { class: 'badge' }, 'primary key') : undefined, c.notNull && !c.primaryKey ? h('span', { class: 'badge' }, 'not null') : undefined)),
      );
      section.append(h('h3', { id: `table-${t.name}` }, h('code', {}, t.name)), cols, table(t.rows, `sample-${t.name}`, `Sample rows of ${t.name}`));
    }
  }
  return section;
}

function render(): void {
  const v = state?.view;
  if (!v) return;
  const hints = h(
    'section',
    { id: 'hints', class: 'hints', 'aria-labelledby': 'hints-heading' },
    h('h2', { id: 'hints-heading' }, `Hints (${v.hints.length} of ${v.hintsTotal} shown)`),
    v.hints.length ? h('ol', {}, ...v.hints.map((html) => trustedHtml('li', {}, html))) : h('p', { class: 'note' }, 'Stuck? Reveal one hint at a time.'),
    v.hints.length < v.hintsTotal ? actionButton('hint', v.hints.length ? 'Show the next hint' : 'Show a hint', { id: 'hint-more' }) : undefined,
  );
  const solution = v.solution
    ? h(
        'section',
        { id: 'solution', class: 'solution', 'aria-labelledby': 'solution-heading' },
        h('h2', { id: 'solution-heading' }, 'Solution'),
        trustedHtml('div', { class: 'markdown' }, v.solution.sqlHtml),
        v.solution.explanationHtml ? trustedHtml('div', { class: 'markdown' }, v.solution.explanationHtml) : undefined,
      )
    : undefined;
  const related = v.lessons.length || v.next
    ? h(
        'section',
        { class: 'related', 'aria-label': 'Related' },
        ...v.lessons.map((l) => h('p', {}, 'Lesson: ', h('a', { href: '#', 'data-link-kind': 'lesson', 'data-link-id': l.id }, l.title))),
        v.next ? h('p', {}, 'Next: ', h('a', { href: '#', 'data-link-kind': v.next.kind, 'data-link-id': v.next.id }, v.next.title)) : undefined,
      )
    : undefined;
  const scrollY = window.scrollY;
  app.replaceChildren(
    header(v),
    resultArea(),
    trustedHtml('section', { id: 'statement', class: 'markdown statement', 'aria-label': 'Statement' }, v.statementHtml),
    sampleSection(state?.sample),
    hints,
    solution ?? '',
    related ?? '',
  );
  app.setAttribute('aria-busy', 'false');
  document.title = v.title;
  window.scrollTo(0, scrollY);
}

function receive(m: HostToProblem): void {
  switch (m.type) {
    case 'problem': {
      const solutionAppeared = !state?.view?.solution && m.view.solution !== undefined && state?.problemId === m.view.id;
      if (!state || state.problemId !== m.view.id) state = { problemId: m.view.id };
      state.view = m.view;
      render();
      if (solutionAppeared) scrollToAnchor('solution');
      break;
    }
    case 'sample':
      if (state) state.sample = m.sample;
      render();
      break;
    case 'busy':
      busy = m.action;
      render();
      break;
    case 'run':
      if (state) state.lastRun = m.run;
      busy = undefined;
      render();
      break;
    case 'grade':
      if (state) state.lastGrade = m.grade;
      busy = undefined;
      render();
      document.getElementById('grade-status')?.scrollIntoView({ block: 'nearest' });
      break;
    case 'clearResults':
      if (state) {
        state.lastGrade = undefined;
        state.lastRun = undefined;
      }
      busy = undefined;
      render();
      break;
  }
  save();
}

window.addEventListener('message', (e: MessageEvent) => {
  const m: unknown = e.data;
  if (isHostToProblem(m)) receive(m);
});

// The answer-file link has its own handler.
routeLinkClicks(post, (t) => t.closest('#open-answer') !== null);

// The same shortcuts as in the answer file, while the panel has focus.
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || !(isMac ? e.metaKey : e.ctrlKey) || !state?.view) return;
  e.preventDefault();
  post({ type: 'action', action: e.shiftKey ? 'check' : 'run' });
});

if (state?.view) render();
post({ type: 'ready' });
