/**
 * Course packs in the workspace: finds them (every `course.yaml` beside a `modules/` folder in the
 * open folders, and the folders of `deDojo.coursePaths`), loads each into its own catalogue, and
 * keeps them fresh. A pack that cannot load is kept as a failed entry, so it is shown (with its
 * problems) instead of hiding the built-in course or another pack.
 *
 * The authoring loop lives in packDiagnostics.ts; this file owns the list of packs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Catalog } from '../../core/content/catalog';
import type { Diagnostic } from '../../core/content/diagnostics';
import { packEntries, packRootsFromCourseFiles, PACK_SEARCH_EXCLUDES, usablePack, type PackEntry } from '../../core/content/packs';
import type { Logger } from '../adapters/log';
import { SETTINGS } from '../commandIds';
import { courseLoader } from '../lazy';

export class CoursePacks implements vscode.Disposable {
  private list: PackEntry[] = [];
  private generation = 0;
  private discovered: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** The list of packs, or one pack's content, changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly log: Logger,
    /** Folders never taken for a pack: the built-in course's own content folder. */
    private readonly builtinRoot: string,
    /** The learner's answer folder (`deDojo.answerFolder`): never searched for packs, never authoring. */
    readonly answerFolder: () => vscode.Uri,
  ) {}

  get entries(): readonly PackEntry[] {
    return this.list;
  }

  get(id: string | undefined): PackEntry | undefined {
    return usablePack(this.list, id);
  }

  /** Starts watching the workspace and settings; called once the course is first needed. */
  start(): Promise<void> {
    if (this.discovered) return this.discovered;
    const watcher = vscode.workspace.createFileSystemWatcher('**/course.yaml');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => void this.refresh()),
      watcher.onDidDelete(() => void this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.coursePaths}`) || e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.answerFolder}`)) void this.refresh();
      }),
    );
    return this.refresh();
  }

  /** Finds every pack again and reloads them all. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    this.discovered = this.findRoots().then(
      (roots) => {
        if (generation !== this.generation) return;
        // No packs before and none now (most learners): nothing to redraw, so nothing is announced.
        if (roots.length === 0 && this.list.length === 0) return;
        this.list = packEntries(
          roots.map((root) => ({ root, catalog: this.load(root) })),
          (root) => path.basename(root),
        );
        for (const p of this.list) {
          if (p.state === 'failed') this.log.warn(`course pack in ${p.root} cannot be used: ${p.error}`);
          else this.log.info(`course pack "${p.id}" from ${p.root}: ${p.catalog?.course.items.size ?? 0} items`);
        }
        this.changed.fire();
      },
      (e) => this.log.error(`course packs: ${e instanceof Error ? e.message : String(e)}`),
    );
    return this.discovered;
  }

  /** Reloads the one pack whose folder this is (after an author saved one of its files). */
  reloadPack(root: string): PackEntry | undefined {
    const index = this.list.findIndex((p) => p.root === root);
    if (index === -1) return undefined;
    const others = this.list.filter((_, i) => i !== index && this.list[i].state === 'ok');
    // Ids are checked against the other packs again: an author may just have renamed one.
    const all = [...others.map((p) => ({ root: p.root, catalog: p.catalog! })), { root, catalog: this.load(root) }];
    let reloaded = packEntries(all, (r) => path.basename(r)).at(-1)!;
    // A course.yaml broken mid-edit has no title to show: keep the one the author knows it by.
    const previous = this.list[index];
    if (reloaded.state === 'failed' && reloaded.title === reloaded.id && previous.title !== previous.id) reloaded = { ...reloaded, title: previous.title };
    this.list = this.list.map((p, i) => (i === index ? reloaded : p));
    this.changed.fire();
    return reloaded;
  }

  /** Replaces a pack's findings with a validation's (loading's are part of them). */
  setFindings(root: string, diagnostics: Diagnostic[]): void {
    const entry = this.list.find((p) => p.root === root);
    if (!entry) return;
    this.list = this.list.map((p) => (p === entry ? { ...p, diagnostics } : p));
    this.changed.fire();
  }

  private load(root: string): Catalog {
    return courseLoader().loadPack(root);
  }

  private async findRoots(): Promise<string[]> {
    const roots = new Set<string>();
    const answers = this.answerFolder();
    const files = await vscode.workspace.findFiles('**/course.yaml', `{${PACK_SEARCH_EXCLUDES.map((f) => `**/${f}/**`).join(',')}}`, 200);
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
      const folder = vscode.workspace.getWorkspaceFolder(file);
      if (!folder) continue;
      const rel = path.relative(folder.uri.fsPath, file.fsPath).split(path.sep).join('/');
      byFolder.set(folder.uri.fsPath, [...(byFolder.get(folder.uri.fsPath) ?? []), rel]);
    }
    for (const [folder, rels] of byFolder) {
      const answerRel = answers.scheme === 'file' ? path.relative(folder, answers.fsPath).split(path.sep).join('/') : undefined;
      const inside = answerRel !== undefined && !answerRel.startsWith('..') && !path.isAbsolute(answerRel);
      const found = packRootsFromCourseFiles(rels, (root) => isDirectory(path.join(folder, root, 'modules')), inside ? answerRel : undefined);
      for (const root of found) roots.add(path.join(folder, root));
    }
    for (const configured of vscode.workspace.getConfiguration(SETTINGS.section).get<string[]>(SETTINGS.coursePaths, [])) {
      if (typeof configured !== 'string' || !configured.trim()) continue;
      const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      const abs = path.isAbsolute(configured) ? configured : base ? path.join(base, configured) : undefined;
      if (!abs) continue;
      // A configured folder is taken as a pack even if it is broken: the learner asked for it.
      roots.add(path.normalize(abs));
    }
    const builtin = path.normalize(this.builtinRoot);
    return [...roots].filter((r) => path.normalize(r) !== builtin).sort();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
