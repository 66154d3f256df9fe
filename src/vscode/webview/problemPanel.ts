/**
 * Problem panels beside the answer file. One panel is reused: opening another problem replaces its
 * content (like the Markdown preview); "Keep This Problem Open" pins a panel so the next problem
 * opens in a new one. Each shows the statement, the tables with their columns and types, the
 * sample rows, the hints revealed so far, and the last run or check. Buttons run the same commands
 * as the palette. Restored after a window reload.
 */
import * as vscode from 'vscode';
import { itemKey, parseItemKey } from '../../core/content/packs';
import type { Problem } from '../../core/content/model';
import {
  isProblemState,
  isProblemToHost,
  type GradeView,
  type HostToProblem,
  type ProblemToHost,
  type RunView,
  type SampleState,
} from '../../shared/messages';
import { COMMANDS, CONTEXT_KEYS, PANEL_TYPES } from '../commandIds';
import type { Dojo } from '../dojo';
import { pageViews } from '../lazy';
import { answerFingerprint } from '../views/gradeView';
import { pipelineSample, querySample, sampleTables } from '../views/sampleTables';
import { shellHtml, webviewOptions } from './html';
import { followLink } from './links';

interface Results {
  run?: RunView;
  grade?: GradeView;
}

const ACTION_COMMANDS = {
  run: COMMANDS.runQuery.id,
  check: COMMANDS.checkAnswer.id,
  hint: COMMANDS.showHint.id,
  solution: COMMANDS.showSolution.id,
  reset: COMMANDS.resetProblem.id,
} as const;

class ProblemPanel {
  ready = false;
  /** Pinned by "Keep This Problem Open": never reused for another problem. */
  kept = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    public problemId: string,
    readonly panel: vscode.WebviewPanel,
    private readonly owner: ProblemPanels,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => owner.receive(this, m)),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.active) {
          owner.dojo.lastProblemId = this.problemId;
          owner.updateKeptContext();
        }
      }),
      panel.onDidDispose(() => {
        for (const d of this.disposables.splice(0)) d.dispose();
        owner.forget(this);
      }),
    );
  }

  post(message: HostToProblem): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }
}

export class ProblemPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ProblemPanel>();
  private readonly results = new Map<string, Results>();
  private readonly samples = new Map<string, Promise<SampleState>>();
  /** The fingerprint of the text a run or check in progress was given, by problem. */
  private readonly pending = new Map<string, string>();
  /** Pipeline problems: the scenario and batch the learner picked for Run, by problem. */
  private readonly runTargets = new Map<string, { scenario: number; batch: number }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly dojo: Dojo) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PANEL_TYPES.problem, {
        deserializeWebviewPanel: async (panel, state) => {
          await dojo.whenItemCanResolve(isProblemState(state) ? state.problemId : undefined);
          const problem = isProblemState(state) ? dojo.problem(state.problemId) : undefined;
          dojo.log.info(`restoring a problem panel (${isProblemState(state) ? state.problemId : 'no saved state'})`);
          if (!problem || this.panels.has(itemKey(problem))) {
            panel.dispose();
            return;
          }
          this.adopt(problem, panel);
        },
      }),
      dojo.progress.onDidChange(() => this.refreshAll()),
      // Results of an older text are marked stale on the page: tell it when the answer changes.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        for (const p of this.panels.values()) if (this.isAnswerOf(p.problemId, e.document)) p.post({ type: 'answer', fingerprint: answerFingerprint(e.document.getText()) });
      }),
      dojo.onDidChangeCatalog(() => {
        this.samples.clear();
        for (const p of [...this.panels.values()]) {
          if (!dojo.problem(p.problemId)) p.panel.dispose();
        }
        this.refreshAll();
      }),
    );
  }

  /** Opens (or reveals) the problem's panel, by default beside the editor without taking focus. */
  show(problem: Problem, column: vscode.ViewColumn = vscode.ViewColumn.Beside, preserveFocus = true): vscode.WebviewPanel {
    const existing = this.panels.get(itemKey(problem));
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? column, preserveFocus);
      return existing.panel;
    }
    const reusable = [...this.panels.values()].find((p) => !p.kept);
    if (reusable) {
      this.retarget(reusable, problem);
      reusable.panel.reveal(reusable.panel.viewColumn ?? column, preserveFocus);
      return reusable.panel;
    }
    const panel = vscode.window.createWebviewPanel(
      PANEL_TYPES.problem,
      problem.title,
      { viewColumn: column, preserveFocus },
      webviewOptions(this.dojo.context.extensionUri),
    );
    this.adopt(problem, panel);
    return panel;
  }

  /** Shows another problem in this panel: the page redraws for it, with that problem's last results. */
  private retarget(p: ProblemPanel, problem: Problem): void {
    const key = itemKey(problem);
    this.panels.delete(p.problemId);
    p.problemId = key;
    this.panels.set(key, p);
    p.panel.title = problem.title;
    this.dojo.lastProblemId = key;
    if (p.ready) this.sendAll(p);
  }

  /** Pins (or unpins) the active problem panel; returns the problem id it applies to. */
  keep(kept: boolean): string | undefined {
    const p = [...this.panels.values()].find((x) => x.panel.active) ?? this.panels.get(this.dojo.lastProblemId ?? '');
    if (!p) return undefined;
    p.kept = kept;
    this.updateKeptContext();
    return p.problemId;
  }

  isKept(problemId: string): boolean {
    return this.panels.get(problemId)?.kept === true;
  }

  updateKeptContext(): void {
    const active = [...this.panels.values()].find((x) => x.panel.active);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.problemPanelKept, active?.kept === true);
  }

  /** Is this problem's panel on screen (open and its tab showing)? */
  isVisible(problemId: string): boolean {
    return this.panels.get(problemId)?.panel.visible === true;
  }

  /** The problem whose panel is the active editor tab, if any. */
  activeProblemId(): string | undefined {
    for (const p of this.panels.values()) if (p.panel.active) return p.problemId;
    return undefined;
  }

  isOpen(problemId: string): boolean {
    return this.panels.has(problemId);
  }

  setRun(problemId: string, run: RunView): void {
    run.fingerprint ??= this.pending.get(problemId);
    this.results.set(problemId, { ...this.results.get(problemId), run });
    this.panels.get(problemId)?.post({ type: 'run', run });
  }

  setGrade(problemId: string, grade: GradeView): void {
    grade.fingerprint ??= this.pending.get(problemId);
    this.results.set(problemId, { ...this.results.get(problemId), grade });
    this.panels.get(problemId)?.post({ type: 'grade', grade });
  }

  /** A run or check started on `text` (the result will carry its fingerprint). */
  busy(problemId: string, action: 'run' | 'check', text?: string): void {
    if (text !== undefined) this.pending.set(problemId, answerFingerprint(text));
    else this.pending.delete(problemId);
    this.panels.get(problemId)?.post({ type: 'busy', action });
  }

  clearResults(problemId: string): void {
    this.results.delete(problemId);
    this.panels.get(problemId)?.post({ type: 'clearResults' });
  }

  /** Pipeline problems: the scenario and batch picked in the panel for Run (0-based). */
  runTarget(problemId: string): { scenario: number; batch: number } | undefined {
    return this.runTargets.get(problemId);
  }

  private isAnswerOf(problemId: string, doc: vscode.TextDocument): boolean {
    const problem = this.dojo.problem(problemId);
    return problem !== undefined && this.dojo.answers.uriFor(problem).toString() === doc.uri.toString();
  }

  lastRun(problemId: string): RunView | undefined {
    return this.results.get(problemId)?.run;
  }

  lastGrade(problemId: string): GradeView | undefined {
    return this.results.get(problemId)?.grade;
  }

  private adopt(problem: Problem, panel: vscode.WebviewPanel): void {
    panel.iconPath = {
      light: vscode.Uri.joinPath(this.dojo.context.extensionUri, 'media', 'problem-light.svg'),
      dark: vscode.Uri.joinPath(this.dojo.context.extensionUri, 'media', 'problem-dark.svg'),
    };
    panel.title = problem.title;
    panel.webview.options = webviewOptions(this.dojo.context.extensionUri);
    panel.webview.html = shellHtml(panel.webview, this.dojo.context.extensionUri, { script: 'problemMain.js', title: `DE Dojo problem: ${problem.title}`, loading: 'Loading the problem…' });
    const key = itemKey(problem);
    this.panels.set(key, new ProblemPanel(key, panel, this));
    this.dojo.lastProblemId = key;
  }

  forget(p: ProblemPanel): void {
    if (this.panels.get(p.problemId) === p) this.panels.delete(p.problemId);
  }

  receive(p: ProblemPanel, raw: unknown): void {
    if (!isProblemToHost(raw)) {
      this.dojo.log.warn(`problem panel: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    const m: ProblemToHost = raw;
    switch (m.type) {
      case 'ready':
        p.ready = true;
        this.sendAll(p);
        return;
      case 'runTarget':
        this.runTargets.set(p.problemId, { scenario: m.scenario, batch: m.batch });
        return;
      case 'action':
        this.dojo.lastProblemId = p.problemId;
        if (m.action === 'openAnswer') void vscode.commands.executeCommand(COMMANDS.openItem.id, { kind: 'problem', id: p.problemId, focusEditor: true });
        else void vscode.commands.executeCommand(ACTION_COMMANDS[m.action], p.problemId);
        return;
      case 'openItem':
      case 'openExternal':
        followLink(m, parseItemKey(p.problemId).pack);
        return;
    }
  }

  private sendAll(p: ProblemPanel): void {
    if (!this.sendView(p)) return;
    const r = this.results.get(p.problemId);
    if (r?.run) p.post({ type: 'run', run: r.run });
    if (r?.grade) p.post({ type: 'grade', grade: r.grade });
    const doc = vscode.workspace.textDocuments.find((d) => this.isAnswerOf(p.problemId, d));
    if (doc) p.post({ type: 'answer', fingerprint: answerFingerprint(doc.getText()) });
    const id = p.problemId;
    // The panel may show another problem by the time the sample is read.
    void this.sample(id).then((sample) => {
      if (p.problemId === id) p.post({ type: 'sample', sample });
    });
  }

  private sendView(p: ProblemPanel): boolean {
    const problem = this.dojo.problem(p.problemId);
    if (!problem) return false;
    const catalog = this.dojo.catalogOf(problem);
    const { files } = catalog.problemFiles(problem.id);
    const view = pageViews().problemView(catalog.course, problem, files, this.dojo.progress.progress, this.dojo.answers.displayPath(problem));
    const pipeline = catalog.pipelineSpec(problem.id);
    // Run may use the scenarios the learner can see (hidden ones stay hidden until a check fails).
    if (pipeline) view.runScenarios = pipeline.scenarios.flatMap((s, index) => (s.visible ? [{ index, name: s.name, batches: s.batches.map((b) => b.name) }] : []));
    const picked = this.runTargets.get(p.problemId);
    if (pipeline && picked) view.runTarget = picked;
    // The page keeps the id in its state for a window reload: a pack problem's is its key.
    p.post({ type: 'problem', view: { ...view, id: p.problemId } });
    return true;
  }

  private refreshAll(): void {
    for (const p of this.panels.values()) this.sendView(p);
  }

  /** The tables and sample rows, read once per problem through the grading worker. */
  private sample(problemId: string): Promise<SampleState> {
    const cached = this.samples.get(problemId);
    if (cached) return cached;
    const problem = this.dojo.problem(problemId);
    const catalog = problem ? this.dojo.catalogOf(problem) : this.dojo.catalog();
    const id = problem?.id ?? problemId;
    const querySpec = catalog.querySpec(id);
    const pipelineSpec = querySpec ? undefined : catalog.pipelineSpec(id);
    const source = querySpec ? querySample(querySpec) : pipelineSpec ? pipelineSample(pipelineSpec) : undefined;
    let promise: Promise<SampleState>;
    if (!source) {
      const { diagnostics } = catalog.problemFiles(id);
      promise = Promise.resolve({ state: 'failed', message: `This problem's files could not be loaded: ${diagnostics.map((d) => d.message).join('; ')}` });
    } else {
      const note = pipelineSpec
        ? `The sample scenario (${source.sample.name}): the tables as they start, with its first batch loaded into ${pipelineSpec.batchTables.join(', ')}.`
        : `The sample dataset (${source.sample.name}).`;
      promise = sampleTables(this.dojo.grader, source).then(
        (tables): SampleState => ({ state: 'ready', tables, note }),
        (e): SampleState => {
          this.samples.delete(problemId);
          return { state: 'failed', message: `The sample tables could not be read: ${e instanceof Error ? e.message : String(e)}` };
        },
      );
    }
    this.samples.set(problemId, promise);
    return promise;
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
