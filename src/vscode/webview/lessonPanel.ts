/**
 * The lesson panel: one panel that shows a lesson and follows links to other lessons in place
 * (like the Markdown preview), with Back to the lesson it came from. Restored after a window
 * reload through its serializer. A lesson counts as read by one rule: its end has been on screen
 * (the page reports it), or it has been on screen for readingDwellMs; Mark as read stays as a
 * manual switch.
 */
import * as vscode from 'vscode';
import { itemKey, packItemKey, parseItemKey } from '../../core/content/packs';
import type { Lesson } from '../../core/content/model';
import { lessonRecord, markLessonRead, markLessonUnread, progressKey } from '../../core/progress/model';
import { readingDwellMs } from '../../core/progress/navigation';
import { isLessonState, isLessonToHost, type HostToLesson, type LessonToHost } from '../../shared/messages';
import { CONTEXT_KEYS, PANEL_TYPES } from '../commandIds';
import type { Dojo } from '../dojo';
import { pageViews } from '../lazy';
import { EmbeddedQuizzes } from './embeddedQuizzes';
import { shellHtml, webviewOptions } from './html';
import { followLink } from './links';
import { completeWalkthroughStep } from '../walkthrough';

export class LessonPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private lessonId: string | undefined;
  /** Lessons this panel showed before links were followed in it, most recent last (for Back). */
  private history: string[] = [];
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** Concept checks embedded in the lesson showing (`:::quiz <id>`). */
  private readonly checks: EmbeddedQuizzes;

  constructor(private readonly dojo: Dojo) {
    this.checks = new EmbeddedQuizzes(dojo, (m) => void this.panel?.webview.postMessage(m satisfies HostToLesson));
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PANEL_TYPES.lesson, {
        deserializeWebviewPanel: async (panel, state) => {
          const id = isLessonState(state) ? state.lessonId : undefined;
          await dojo.whenItemCanResolve(id);
          const lesson = id ? this.lesson(id) : undefined;
          dojo.log.info(`restoring the lesson panel (${id ?? 'no saved state'})`);
          if (!lesson) {
            panel.dispose();
            return;
          }
          this.adopt(panel);
          this.showLesson(lesson);
        },
      }),
      dojo.progress.onDidChange(() => this.refresh()),
      dojo.onDidChangeCatalog(() => this.refresh()),
    );
  }

  get currentLessonId(): string | undefined {
    return this.panel ? this.lessonId : undefined;
  }

  /** The lessons Back would return to, oldest first (tests and the integration API read it). */
  get backStack(): readonly string[] {
    return this.history;
  }

  /**
   * Opens the lesson (in the existing panel when there is one). `fromLink` keeps the lesson shown
   * before in this panel's history, so the page offers Back to it.
   */
  open(lessonId: string, column?: vscode.ViewColumn, fromLink = false): boolean {
    const lesson = this.lesson(lessonId);
    if (!lesson) return false;
    if (fromLink && this.panel && this.lessonId && this.lessonId !== lessonId) this.history.push(this.lessonId);
    else if (!fromLink) this.history = [];
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(PANEL_TYPES.lesson, lesson.title, column ?? vscode.ViewColumn.Active, webviewOptions(this.dojo.context.extensionUri));
      this.adopt(panel);
    } else {
      this.panel.reveal(column ?? this.panel.viewColumn);
    }
    this.showLesson(lesson);
    completeWalkthroughStep(this.dojo.context, 'readLesson', CONTEXT_KEYS.firstLessonOpened);
    return true;
  }

  /** A lesson by item key (built-in id or "<pack>/<id>"). */
  private lesson(id: string): Lesson | undefined {
    const item = this.dojo.item(id);
    return item?.kind === 'lesson' ? item : undefined;
  }

  private adopt(panel: vscode.WebviewPanel): void {
    if (this.panel && this.panel !== panel) this.panel.dispose();
    this.panel = panel;
    this.ready = false;
    panel.iconPath = {
      light: vscode.Uri.joinPath(this.dojo.context.extensionUri, 'media', 'lesson-light.svg'),
      dark: vscode.Uri.joinPath(this.dojo.context.extensionUri, 'media', 'lesson-dark.svg'),
    };
    panel.webview.options = webviewOptions(this.dojo.context.extensionUri);
    panel.webview.html = shellHtml(panel.webview, this.dojo.context.extensionUri, { script: 'lessonMain.js', title: 'DE Dojo lesson', loading: 'Loading the lesson…' });
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidChangeViewState(() => this.restartDwell()),
      panel.onDidDispose(() => {
        for (const d of this.panelDisposables.splice(0)) d.dispose();
        this.stopDwell();
        this.panel = undefined;
        this.lessonId = undefined;
        this.history = [];
        this.checks.reset();
      }),
    );
  }

  private showLesson(lesson: Lesson): void {
    if (this.lessonId !== itemKey(lesson)) this.checks.reset();
    this.lessonId = itemKey(lesson);
    if (this.panel) this.panel.title = lesson.title;
    this.post();
    this.restartDwell();
  }

  /** Time on the page counts only while the lesson is on screen; leaving it starts over. */
  private restartDwell(): void {
    this.stopDwell();
    const lesson = this.lessonId ? this.lesson(this.lessonId) : undefined;
    if (!lesson || !this.panel?.visible || lessonRecord(this.dojo.progress.progress, progressKey(lesson))) return;
    const id = itemKey(lesson);
    this.dwellTimer = setTimeout(() => {
      if (this.lessonId === id && this.panel?.visible) this.markRead(id);
    }, readingDwellMs(lesson.meta.minutes));
  }

  private stopDwell(): void {
    if (this.dwellTimer !== undefined) clearTimeout(this.dwellTimer);
    this.dwellTimer = undefined;
  }

  private markRead(id: string): void {
    const lesson = this.lesson(id);
    if (lesson) void this.dojo.progress.update((p) => markLessonRead(p, progressKey(lesson), new Date()));
  }

  /** Back to the lesson shown before the last followed link; false when there is none. */
  back(): boolean {
    while (this.history.length > 0) {
      const previous = this.lesson(this.history.pop()!);
      if (previous) {
        this.showLesson(previous);
        return true;
      }
    }
    return false;
  }

  private refresh(): void {
    if (this.panel && this.lessonId && !this.lesson(this.lessonId)) {
      this.panel.dispose();
      return;
    }
    this.post();
    this.checks.refresh();
  }

  private post(): void {
    if (!this.panel || !this.ready || !this.lessonId) return;
    const lesson = this.lesson(this.lessonId);
    if (!lesson) return;
    const root = lesson.pack ? vscode.Uri.file(this.dojo.catalogOf(lesson).source.root) : vscode.Uri.joinPath(this.dojo.context.extensionUri, 'content');
    const base = vscode.Uri.joinPath(root, ...lesson.path.split('/').slice(0, -1));
    const webview = this.panel.webview;
    // A pack lesson's images live in the pack: the page may load them once its folder is a root.
    const roots = webview.options.localResourceRoots ?? [];
    if (lesson.pack && !roots.some((r) => r.toString() === root.toString())) {
      webview.options = { ...webview.options, localResourceRoots: [...roots, root] };
    }
    const resolveAsset = (rel: string) => (rel.includes('..') ? undefined : webview.asWebviewUri(vscode.Uri.joinPath(base, rel)).toString());
    const backId = this.history[this.history.length - 1];
    const back = backId ? this.lesson(backId) : undefined;
    const view = pageViews().lessonView(this.dojo.catalogOf(lesson).course, lesson, this.dojo.progress.progress, resolveAsset, back);
    // The page keeps the id in its state (and sends it back): a pack lesson's is its key.
    const message: HostToLesson = { type: 'lesson', view: { ...view, id: itemKey(lesson) } };
    void webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    if (!isLessonToHost(raw)) {
      this.dojo.log.warn(`lesson panel: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    const m: LessonToHost = raw;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'openItem':
      case 'openExternal': {
        // A lesson opens in place, in this panel; everything else goes where any page sends it.
        // A pack lesson's links are to its own pack's items.
        const pack = this.lessonId ? parseItemKey(this.lessonId).pack : undefined;
        if (m.type === 'openItem' && m.kind === 'lesson') this.open(packItemKey(pack, m.id), undefined, true);
        else followLink(m, pack);
        return;
      }
      case 'back':
        this.back();
        return;
      case 'reachedEnd':
        // A late report from a page that has since moved on names another lesson: ignored.
        if (m.lessonId === this.lessonId) this.markRead(m.lessonId);
        return;
      case 'markRead': {
        const lesson = this.lessonId ? this.lesson(this.lessonId) : undefined;
        if (!lesson) return;
        const key = progressKey(lesson);
        if (m.read) this.markRead(itemKey(lesson));
        else {
          this.stopDwell();
          void this.dojo.progress.update((p) => markLessonUnread(p, key));
        }
        return;
      }
      case 'quizOpen':
      case 'quizAction': {
        const lesson = this.lessonId ? this.lesson(this.lessonId) : undefined;
        if (lesson) this.checks.receive(lesson, m);
        return;
      }
    }
  }

  dispose(): void {
    this.stopDwell();
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
