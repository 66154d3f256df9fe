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
import { comparisonTable, h, scrollToAnchor, STATUS_LABEL, table, trustedHtml, routeLinkClicks, vscodeApi } from './dom';

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

// Announcements that outlive a re-render (a revealed hint): the live region stays in the page.
const announcer = h('div', { id: 'announcer', class: 'sr-only', role: 'status', 'aria-live': 'polite' });
document.body.append(announcer);

/** A result computed from an older text of the answer than the editor now holds. */
function isStale(r: { fingerprint?: string } | undefined): boolean {
  return !!(r?.fingerprint && state?.fingerprint && r.fingerprint !== state.fingerprint);
}

function staleNote(what: 'run' | 'check'): HTMLElement {
  return h('p', { class: 'stale-note', id: `${what}-stale` }, h('span', { class: 'badge stale-badge' }, 'Outdated'), ` Your answer has changed since this ${what}: these results are for an older version. ${what === 'run' ? 'Run' : 'Check'} again to update them.`);
}

/** Pipeline problems: the scenario and batch Run uses, kept within what the problem has. */
function runTarget(v: ProblemView): { scenario: number; batch: number } | undefined {
  const scenarios = v.runScenarios;
  if (!scenarios?.length) return undefined;
  const t = state?.runTarget ?? v.runTarget;
  const sc = scenarios.find((s) => s.index === t?.scenario) ?? scenarios[0];
  return { scenario: sc.index, batch: Math.min(Math.max(0, t?.batch ?? 0), Math.max(0, sc.batches.length - 1)) };
}

function setRunTarget(t: { scenario: number; batch: number }): void {
  if (!state) return;
  state.runTarget = t;
  post({ type: 'runTarget', scenario: t.scenario, batch: t.batch });
  save();
  render();
  document.getElementById('run-batch')?.focus();
}

/** Pipeline problems: which scenario and batch Run uses (the scenarios the learner can see). */
function runPicker(v: ProblemView): HTMLElement | undefined {
  const t = runTarget(v);
  if (!t || !v.runScenarios) return undefined;
  const sc = v.runScenarios.find((s) => s.index === t.scenario)!;
  const batch = h('select', { id: 'run-batch', 'aria-describedby': 'run-picker-note' }, ...sc.batches.map((b, i) => h('option', { value: i, selected: i === t.batch }, `${i + 1} of ${sc.batches.length}: ${b}`)));
  batch.addEventListener('change', () => setRunTarget({ scenario: t.scenario, batch: Number(batch.value) }));
  let scenarioPart: HTMLElement;
  if (v.runScenarios.length > 1) {
    const select = h('select', { id: 'run-scenario' }, ...v.runScenarios.map((s) => h('option', { value: s.index, selected: s.index === t.scenario }, s.name)));
    select.addEventListener('change', () => setRunTarget({ scenario: Number(select.value), batch: 0 }));
    scenarioPart = h('label', { class: 'picker' }, 'Scenario ', select);
  } else {
    scenarioPart = h('span', { class: 'picker' }, 'Scenario ', h('code', {}, sc.name));
  }
  return h(
    'div',
    { class: 'run-picker' },
    scenarioPart,
    h('label', { class: 'picker' }, 'Batch ', batch),
    h('span', { id: 'run-picker-note', class: 'note' }, t.batch > 0 ? `Run goes through batches 1–${t.batch + 1} in order and shows batch ${t.batch + 1}.` : 'Run shows the first batch.'),
  );
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
  const target = runTarget(v);
  const runTitle = isQuery ? 'Run' : `Run batch ${(target?.batch ?? 0) + 1}`;
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
    isQuery ? undefined : runPicker(v),
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
  const stale = isStale(g);
  const section = h(
    'section',
    { id: 'grade', class: `grade grade-${g.status}${stale ? ' stale' : ''}`, 'aria-labelledby': 'grade-status' },
    h('h2', { id: 'grade-status' }, g.title),
    stale ? staleNote('check') : undefined,
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
        cx.comparison
          ? comparisonTable(cx.comparison, 'counterexample-comparison')
          : cx.expected && cx.actual
            ? h('div', { class: 'side-by-side' }, table(cx.expected, 'counterexample-expected', 'Expected'), table(cx.actual, 'counterexample-actual', 'Yours'))
            : undefined,
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
          p.comparison
            ? comparisonTable(p.comparison, i === 0 ? 'sample-comparison' : `sample-comparison-${i + 1}`)
            : h('div', { class: 'side-by-side' }, table(p.expected, i === 0 ? 'sample-expected' : `sample-expected-${i + 1}`), table(p.actual, i === 0 ? 'sample-actual' : `sample-actual-${i + 1}`)),
        ),
      ),
    );
  }
  section.append(h('p', { class: 'timing' }, `Checked at ${new Date(g.at).toLocaleTimeString()} in ${g.ms.toFixed(0)} ms.`));
  return section;
}

function runSection(r: RunView): HTMLElement {
  const stale = isStale(r);
  const verdict = r.verdict
    ? h('p', { id: 'run-verdict', class: `run-verdict ${r.verdict.matches ? 'matches' : 'differs'}` }, r.verdict.text)
    : undefined;
  return h(
    'section',
    { id: 'run', class: `run${r.error ? ' run-error' : ''}${r.verdict ? (r.verdict.matches ? ' run-matches' : ' run-differs') : ''}${stale ? ' stale' : ''}`, 'aria-labelledby': 'run-heading' },
    h('h2', { id: 'run-heading' }, r.error ? 'Run: error' : 'Run'),
    stale ? staleNote('run') : undefined,
    h('p', { class: 'note' }, `On ${r.where}.`),
    r.error ? h('p', { id: 'run-error', class: 'error-text' }, r.error) : undefined,
    verdict,
    r.comparison ? comparisonTable(r.comparison, 'run-comparison') : r.result ? (r.expected ? h('div', { class: 'side-by-side' }, table(r.result, 'run-result'), table(r.expected, 'run-expected', 'Expected')) : table(r.result, 'run-result')) : undefined,
    ...(r.tables ?? []).map((t, i) => table(t, i === 0 && !r.result ? 'run-result' : undefined)),
    ...(r.changes ?? []).map((c, i) => comparisonTable(c, `run-change-${i + 1}`)),
    ...(r.comparisons ?? []).map((c, i) => comparisonTable(c, `run-comparison-${i + 1}`)),
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
    v.hints.length ? h('ol', {}, ...v.hints.map((html, i) => trustedHtml('li', { id: `hint-${i + 1}`, tabindex: -1 }, html))) : h('p', { class: 'note' }, 'Stuck? Reveal one hint at a time.'),
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
  // Revealed hints sit right under the toolbar, where the Hint button is: a new one shows where
  // the learner is already looking. Before the first, the offer waits below the tables.
  const hintsFirst = v.hints.length > 0;
  app.replaceChildren(
    header(v),
    hintsFirst ? hints : '',
    resultArea(),
    trustedHtml('section', { id: 'statement', class: 'markdown statement', 'aria-label': 'Statement' }, v.statementHtml),
    sampleSection(state?.sample),
    hintsFirst ? '' : hints,
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
      const sameProblem = state?.problemId === m.view.id;
      const solutionAppeared = !state?.view?.solution && m.view.solution !== undefined && sameProblem;
      const hintsBefore = sameProblem ? (state?.view?.hints.length ?? 0) : m.view.hints.length;
      if (!state || state.problemId !== m.view.id) state = { problemId: m.view.id };
      state.view = m.view;
      render();
      if (solutionAppeared) scrollToAnchor('solution');
      else if (m.view.hints.length > hintsBefore) revealHint(m.view.hints.length, m.view.hintsTotal);
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
    case 'answer': {
      if (!state) break;
      const staleBefore = [isStale(state.lastRun), isStale(state.lastGrade)].join();
      state.fingerprint = m.fingerprint;
      // Re-render only when a result turns stale (or current again, after an undo).
      if ([isStale(state.lastRun), isStale(state.lastGrade)].join() !== staleBefore) render();
      break;
    }
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

/** A hint just revealed: scrolled into view, focused, and read out. */
function revealHint(n: number, total: number): void {
  const el = document.getElementById(`hint-${n}`);
  if (!el) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'nearest' });
  el.focus({ preventScroll: true });
  announcer.textContent = `Hint ${n} of ${total}: ${el.textContent?.trim() ?? ''}`;
}

if (state?.view) render();
post({ type: 'ready' });
// The host forgets a picked batch on reload; the page remembers it.
if (state?.runTarget) post({ type: 'runTarget', scenario: state.runTarget.scenario, batch: state.runTarget.batch });
