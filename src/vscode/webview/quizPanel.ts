/**
 * Quiz panels: one per quiz, showing one question at a time with real form controls, immediate
 * feedback, and a summary that links to the lessons behind the missed questions. The attempt lives
 * in the host (QuizRunner); the page keeps its JSON so the serializer can resume the same question,
 * in the same option order, after a window reload.
 */
import * as vscode from 'vscode';
import { itemKey, parseItemKey } from '../../core/content/packs';
import type { Quiz } from '../../core/content/model';
import { isQuizState, isQuizToHost, type HostToQuiz, type QuizToHost } from '../../shared/messages';
import { PANEL_TYPES } from '../commandIds';
import type { Dojo } from '../dojo';
import { shellHtml, webviewOptions } from './html';
import { followLink } from './links';
import { QuizRunner } from './quizRunner';

class QuizPanel {
  ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly runner: QuizRunner,
    readonly panel: vscode.WebviewPanel,
    private readonly owner: QuizPanels,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => owner.receive(this, m)),
      panel.onDidDispose(() => {
        for (const d of this.disposables.splice(0)) d.dispose();
        owner.forget(this);
      }),
    );
  }

  get quizId(): string {
    return this.runner.quizId;
  }

  /** Posts the current screen; false when the quiz is no longer in the course. */
  send(): boolean {
    const view = this.runner.view();
    if (!view) return false;
    if (this.ready) {
      // The page keeps the id in its state for a window reload: a pack quiz's is its key.
      const message: HostToQuiz = { type: 'quiz', view: { ...view, quizId: this.quizId }, session: this.runner.state() };
      void this.panel.webview.postMessage(message);
    }
    this.panel.title = view.title;
    return true;
  }
}

export class QuizPanels implements vscode.Disposable {
  private readonly panels = new Map<string, QuizPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly dojo: Dojo) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PANEL_TYPES.quiz, {
        deserializeWebviewPanel: async (panel, state) => {
          const id = isQuizState(state) ? state.quizId : undefined;
          dojo.log.info(`restoring a quiz panel (${id ?? 'no saved state'})`);
          await dojo.whenItemCanResolve(id);
          const quiz = id ? this.quiz(id) : undefined;
          if (!quiz || this.panels.has(itemKey(quiz))) {
            panel.dispose();
            return;
          }
          this.adopt(QuizRunner.open(dojo, quiz, isQuizState(state) ? state.session : undefined), panel);
        },
      }),
      dojo.progress.onDidChange(() => this.refreshAll()),
      dojo.onDidChangeCatalog(() => this.refreshAll()),
    );
  }

  /** Opens the quiz's panel (or reveals it, keeping the attempt in progress). */
  open(quizId: string, column: vscode.ViewColumn = vscode.ViewColumn.Active): boolean {
    const quiz = this.quiz(quizId);
    if (!quiz) return false;
    const existing = this.panels.get(itemKey(quiz));
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? column);
      return true;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_TYPES.quiz, quiz.title, column, webviewOptions(this.dojo.context.extensionUri));
    this.adopt(QuizRunner.open(this.dojo, quiz), panel);
    return true;
  }

  isOpen(quizId: string): boolean {
    return this.panels.has(quizId);
  }

  /** A quiz by item key (built-in id or "<pack>/<id>"). */
  private quiz(id: string): Quiz | undefined {
    const item = this.dojo.item(id);
    return item?.kind === 'quiz' ? item : undefined;
  }

  private adopt(runner: QuizRunner, panel: vscode.WebviewPanel): void {
    const uri = this.dojo.context.extensionUri;
    panel.iconPath = { light: vscode.Uri.joinPath(uri, 'media', 'quiz-light.svg'), dark: vscode.Uri.joinPath(uri, 'media', 'quiz-dark.svg') };
    panel.webview.options = webviewOptions(uri);
    panel.webview.html = shellHtml(panel.webview, uri, { script: 'quizMain.js', title: 'DE Dojo concept check', loading: 'Loading the concept check…' });
    const p = new QuizPanel(runner, panel, this);
    this.panels.set(runner.quizId, p);
    p.send();
  }

  forget(p: QuizPanel): void {
    if (this.panels.get(p.quizId) === p) this.panels.delete(p.quizId);
  }

  receive(p: QuizPanel, raw: unknown): void {
    if (!isQuizToHost(raw)) {
      this.dojo.log.warn(`quiz panel: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    const m: QuizToHost = raw;
    switch (m.type) {
      case 'ready':
        p.ready = true;
        if (!p.send()) p.panel.dispose();
        return;
      case 'answer':
      case 'next':
      case 'restart':
        // Stale or not, the page gets the current screen: it may be showing an older one.
        p.runner.act(m);
        if (!p.send()) p.panel.dispose();
        return;
      case 'openItem':
      case 'openExternal':
        followLink(m, parseItemKey(p.quizId).pack);
        return;
    }
  }

  private refreshAll(): void {
    for (const p of [...this.panels.values()]) if (!p.send()) p.panel.dispose();
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
