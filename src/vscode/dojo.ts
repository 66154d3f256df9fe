/**
 * The extension's services in one place: the course (loaded on first use), progress, the grading
 * service (its worker starts on the first run or check), answer files and their diagnostics.
 * Built by extension.ts; commands, the tree and the panels receive it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Catalog } from '../core/content/catalog';
import { formatDiagnostic } from '../core/content/diagnostics';
import type { CourseItem, Problem } from '../core/content/model';
import { catalogFor, parseItemKey, resolveItemKey } from '../core/content/packs';
import { GradingService } from '../core/grading/gradingService';
import type { PipelineGrade } from '../core/grading/pipelineTypes';
import type { QueryGrade } from '../core/grading/types';
import { ProgressFile } from '../core/progress/progressFile';
import type { Progress } from '../core/progress/model';
import type { ProgressStore } from '../core/progress/store';
import type { Logger } from './adapters/log';
import { answerFolderProgressFile, globalStateProgress } from './adapters/progressStore';
import { courseLoader } from './lazy';
import { COMMANDS, CONTEXT_KEYS, SETTINGS } from './commandIds';
import { AnswerFiles } from './editors/answerFiles';
import { AnswerDiagnostics } from './editors/diagnostics';
import { CoursePacks } from './packs/coursePacks';
import { completeWalkthroughStep } from './walkthrough';

export type ContentState = 'ok' | 'failed' | 'empty';

export class Dojo implements vscode.Disposable {
  readonly progress: ProgressStore;
  readonly grader: GradingService;
  readonly answers: AnswerFiles;
  readonly diagnostics = new AnswerDiagnostics();
  /** Course packs found in the workspace and in `deDojo.coursePaths`, beside the built-in course. */
  readonly packs: CoursePacks;
  /** The last grade of this session, for the integration tests' API. */
  lastGrade: QueryGrade | PipelineGrade | undefined;
  /** The problem the learner worked on last (answer editor or problem panel). */
  lastProblemId: string | undefined;

  /** The progress file in the answer folder, once attached (re-attached when the folder changes). */
  progressFile: Promise<ProgressFile | undefined> = Promise.resolve(undefined);
  private loaded: Catalog | undefined;
  private saveErrorShown = false;
  /** Walkthrough steps already ticked in this session (each is ticked once). */
  private readonly walkthrough = { readLesson: false, solveProblem: false };
  private readonly catalogChanged = new vscode.EventEmitter<Catalog>();
  readonly onDidChangeCatalog = this.catalogChanged.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly log: Logger,
  ) {
    this.progress = globalStateProgress(context, log, (message) => {
      // Reported once a session: a store that fails keeps failing, and later writes still try.
      if (this.saveErrorShown) return;
      this.saveErrorShown = true;
      void vscode.window.showWarningMessage(`DE Dojo: ${message}. Progress is still written to the progress file in your answer folder.`);
    });
    if (this.progress.warning) {
      log.warn(`progress: ${this.progress.warning}`);
      void vscode.window.showWarningMessage(
        `DE Dojo: ${this.progress.warning}. Your answer files were not touched. The damaged record is kept in the extension's storage.`,
      );
    }
    this.grader = new GradingService({
      workerPath: path.join(context.extensionPath, 'dist', 'grading-worker.js'),
      deadlineMs: this.setting(SETTINGS.checkDeadlineMs, 2000),
      log: (m) => log.warn(m),
    });
    this.answers = new AnswerFiles(context.globalStorageUri, (key) => this.problem(key), () => this.setting<unknown>(SETTINGS.answerFolder, undefined));
    this.packs = new CoursePacks(log, path.join(context.extensionPath, 'content'), () => this.answers.folder().uri);
    this.updateWalkthroughKeys(this.progress.progress);
    this.attachProgressFile();
    this.disposables.push(
      this.packs,
      // Whatever shows the course (tree, panels, answer editors) refreshes when a pack changes too.
      this.packs.onDidChange(() => this.loaded && this.catalogChanged.fire(this.loaded)),
      this.diagnostics,
      this.catalogChanged,
      this.grader,
      { dispose: () => void this.progressFile.then((f) => f?.dispose()) },
      this.progress.onDidChange((p) => this.updateWalkthroughKeys(p)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.checkDeadlineMs}`)) {
          this.grader.deadlineMs = this.setting(SETTINGS.checkDeadlineMs, 2000);
        }
        if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.answerFolder}`)) this.attachProgressFile();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.attachProgressFile()),
    );
  }

  /**
   * (Re-)attaches the progress file of the current answer folder: its progress and this machine's
   * are merged, and from then on every change is written to it.
   */
  private attachProgressFile(): void {
    const previous = this.progressFile;
    this.progressFile = previous.then(async (old) => {
      old?.dispose();
      try {
        return await ProgressFile.attach(this.progress, answerFolderProgressFile(this.answers), {
          warn: (m) => {
            this.log.warn(`progress file: ${m}`);
            void vscode.window.showWarningMessage(`DE Dojo: ${m}`);
          },
        });
      } catch (e) {
        this.log.error(`progress file: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    });
  }

  /** After the answer folder has been created: the progress file can be written now. */
  async syncProgressFile(): Promise<void> {
    await (await this.progressFile)?.sync();
  }

  /**
   * The walkthrough's steps tick on these keys. They are derived from stored progress (not only
   * set at the moment of the event), so a step done in an earlier session stays ticked.
   */
  private updateWalkthroughKeys(p: Progress): void {
    if (!this.walkthrough.readLesson && Object.keys(p.lessons).length > 0) {
      this.walkthrough.readLesson = true;
      completeWalkthroughStep(this.context, 'readLesson', CONTEXT_KEYS.firstLessonOpened);
    }
    if (!this.walkthrough.solveProblem && Object.values(p.problems).some((r) => r.solved)) {
      this.walkthrough.solveProblem = true;
      completeWalkthroughStep(this.context, 'solveProblem', CONTEXT_KEYS.firstProblemSolved);
    }
  }

  /** The course, loaded on first use (never during activation). */
  catalog(): Catalog {
    return this.loaded ?? this.reload();
  }

  get isLoaded(): boolean {
    return this.loaded !== undefined;
  }

  reload(): Catalog {
    const t0 = performance.now();
    const catalog = courseLoader().loadShippedCourse(this.context.extensionPath);
    this.loaded = catalog;
    const c = catalog.course;
    const items = c.items.size;
    this.log.info(`course loaded in ${(performance.now() - t0).toFixed(1)} ms: ${c.modules.length} modules, ${items} items`);
    for (const d of catalog.diagnostics) (d.severity === 'error' ? this.log.error : this.log.warn)(`content: ${formatDiagnostic(d)}`);
    const state = this.contentState();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.contentState, state);
    if (state === 'failed') {
      const open = 'Show Content Problems';
      void vscode.window.showErrorMessage(`DE Dojo could not load its course: ${this.firstContentError()}`, open).then((c) => {
        if (c === open) void vscode.commands.executeCommand(COMMANDS.showContentProblems.id);
      });
    }
    this.catalogChanged.fire(catalog);
    // Packs are found in the background; the tree shows them when they are ready.
    if (this.packsStarted) void this.packs.refresh();
    else {
      this.packsStarted = true;
      void this.packs.start();
    }
    return catalog;
  }

  private packsStarted = false;

  /**
   * The item a key addresses: a built-in id ("latest-per-key") or a pack item ("<pack>/<id>").
   * Commands, panels and progress all use these keys (see core/content/packs.ts).
   */
  item(key: string | undefined): CourseItem | undefined {
    return key ? resolveItemKey(key, this.catalog(), this.packs.entries) : undefined;
  }

  /**
   * Resolves once `item(key)` can answer for this key: at once for the built-in course; for a pack
   * key, once the packs have been found (a panel restored after a window reload asks before that).
   */
  async whenItemCanResolve(key: string | undefined): Promise<void> {
    if (!key || parseItemKey(key).pack === undefined) return;
    this.catalog();
    await this.packs.start();
  }

  /** The catalogue an item comes from (the built-in course or its pack's). */
  catalogOf(item: Pick<CourseItem, 'pack'>): Catalog {
    return catalogFor(item, this.catalog(), this.packs.entries);
  }


  contentState(): ContentState {
    const c = this.catalog();
    if (c.course.modules.length === 0) return c.diagnostics.some((d) => d.severity === 'error') ? 'failed' : 'empty';
    return 'ok';
  }

  /** The first content error, formatted with its file (for the tree's message and welcome view). */
  firstContentError(): string | undefined {
    const d = this.catalog().diagnostics.find((x) => x.severity === 'error');
    return d ? formatDiagnostic(d) : undefined;
  }

  /** A problem by item key (built-in id or "<pack>/<id>"). */
  problem(key: string | undefined): Problem | undefined {
    const item = this.item(key);
    return item?.kind === 'problem' ? item : undefined;
  }

  setting<T>(key: string, fallback: T): T {
    return vscode.workspace.getConfiguration(SETTINGS.section).get<T>(key, fallback);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
