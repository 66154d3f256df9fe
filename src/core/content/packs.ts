/**
 * Course packs: folders laid out like the shipped `content/` (a course.yaml with an `id`, and
 * `modules/`) that DE Dojo finds in the workspace or in `deDojo.coursePaths` and shows beside the
 * built-in course. The rules here are pure so they can be unit-tested without VS Code:
 * which course.yaml files are packs, how pack items are addressed (item keys, which are their
 * progress keys too), which pack a saved file belongs to, and where a finding goes in the Problems panel.
 *
 * Addressing: the built-in course keeps its plain ids as item keys and progress keys (nobody loses
 * progress); a pack item's key is `<pack>/<id>` (progressKey, core/progress/model.ts). Ids never
 * contain "/", so the two cannot meet.
 */
import type { Catalog } from './catalog';
import type { Diagnostic } from './diagnostics';
import type { CourseItem, Module } from './model';
import { progressKey } from '../progress/model';

/** Folders never searched for packs: dependencies, version control, build output. */
export const PACK_SEARCH_EXCLUDES = ['node_modules', '.git', 'dist', 'out', '.vscode-test'];

/** The key that addresses an item in commands, panels and progress, from its pack and id. */
export function packItemKey(pack: string | undefined, id: string): string {
  return progressKey({ pack, id });
}

/** An item's key: its progress key (one rule, in core/progress/model.ts). */
export function itemKey(item: Pick<CourseItem, 'pack' | 'id'>): string {
  return progressKey(item);
}

/** The tree's id for a module (module ids repeat across packs). */
export function moduleKey(module: Pick<Module, 'pack' | 'id'>): string {
  return packItemKey(module.pack, module.id);
}

export function parseItemKey(key: string): { pack?: string; id: string } {
  const slash = key.indexOf('/');
  return slash === -1 ? { id: key } : { pack: key.slice(0, slash), id: key.slice(slash + 1) };
}

/**
 * Which course.yaml files found in a workspace are packs: the folder must also hold `modules/`,
 * no part of the path may be an excluded folder, and nothing inside the learner's answer folder
 * counts (answer files are never course content). Paths use "/" and are relative to the workspace
 * folder; `answerFolder` is the answer folder relative to it, when it is inside.
 */
export function packRootsFromCourseFiles(courseFiles: string[], hasModulesFolder: (root: string) => boolean, answerFolder: string | undefined): string[] {
  const roots = new Set<string>();
  for (const file of courseFiles) {
    const norm = file.replace(/\\/g, '/');
    if (answerFolder !== undefined && isInsideRel(answerFolder, norm)) continue;
    const parts = norm.split('/');
    if (parts.pop() !== 'course.yaml') continue;
    if (parts.some((p) => PACK_SEARCH_EXCLUDES.includes(p))) continue;
    const root = parts.join('/');
    if (hasModulesFolder(root)) roots.add(root);
  }
  return [...roots].sort();
}

export type PackState = 'ok' | 'failed';

/** One pack as the extension holds it; a failed pack has no catalogue to open items from. */
export interface PackEntry {
  /** The pack's id, or for a pack whose course.yaml cannot give one, its folder name. */
  id: string;
  /** Absolute folder. */
  root: string;
  title: string;
  state: PackState;
  /** Why the pack cannot be used (failed only). */
  error?: string;
  /** What loading (and, after a save, validating) found, paths relative to the root. */
  diagnostics: Diagnostic[];
  catalog?: Catalog;
}

/**
 * Turns loaded pack catalogues into entries: a pack whose course.yaml failed, or with errors and
 * nothing to show, is failed (it never hides the others); a second pack with an id already taken
 * is failed too, since its items could not be told apart. Catalogues are passed in loaded, so the
 * rule does not decide how (the extension loads them lazily, tests from memory).
 */
export function packEntries(loaded: { root: string; catalog: Catalog }[], folderName: (root: string) => string): PackEntry[] {
  const taken = new Map<string, string>();
  return loaded.map(({ root, catalog }) => {
    const { course, diagnostics } = catalog;
    const firstError = diagnostics.find((d) => d.severity === 'error');
    const id = course.id ?? folderName(root);
    const title = course.title || id;
    const failed = (error: string): PackEntry => ({ id, root, title, state: 'failed', error, diagnostics });
    if (!course.id) return failed(firstError?.message ?? 'course.yaml has no id');
    const clash = taken.get(course.id);
    if (clash) return failed(`the id "${course.id}" is already used by the pack in ${clash}; give each pack its own id`);
    taken.set(course.id, root);
    if (course.modules.length === 0 && firstError) return failed(firstError.message);
    return { id, root, title, state: 'ok', diagnostics, catalog };
  });
}

/** The usable pack with this id (a failed pack has no items to address). */
export function usablePack(packs: readonly PackEntry[], id: string | undefined): PackEntry | undefined {
  return id === undefined ? undefined : packs.find((p) => p.id === id && p.state === 'ok');
}

/**
 * The item a key addresses, across the built-in course and the packs: a plain id is the built-in
 * course's, "<pack>/<id>" the pack's. An id shared by the built-in course and a pack (or two packs)
 * therefore never picks the wrong item, and a failed pack's keys address nothing.
 */
export function resolveItemKey(key: string, builtin: Catalog, packs: readonly PackEntry[]): CourseItem | undefined {
  const { pack, id } = parseItemKey(key);
  if (!pack) return builtin.course.items.get(id);
  return usablePack(packs, pack)?.catalog?.course.items.get(id);
}

/** The catalogue an item (or module) comes from; the built-in course for anything without a usable pack. */
export function catalogFor(item: { pack?: string }, builtin: Catalog, packs: readonly PackEntry[]): Catalog {
  return usablePack(packs, item.pack)?.catalog ?? builtin;
}

/** The pack (if any) whose folder holds this absolute file, and the file's path inside it. */
export function packOfFile<P extends { root: string }>(packs: readonly P[], file: string): { pack: P; rel: string } | undefined {
  const norm = (s: string) => s.replace(/\\/g, '/').replace(/\/+$/, '');
  const f = norm(file);
  let best: { pack: P; rel: string } | undefined;
  for (const pack of packs) {
    const root = norm(pack.root);
    if (!f.startsWith(`${root}/`)) continue;
    if (!best || root.length > norm(best.pack.root).length) best = { pack, rel: f.slice(root.length + 1) };
  }
  return best;
}

/** Is `rel` (a "/" path) the folder `folder` or inside it? */
function isInsideRel(folder: string, rel: string): boolean {
  const f = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  return f === '' || rel === f || rel.startsWith(`${f}/`);
}

/**
 * Files whose saving re-validates a pack: YAML, Markdown and SQL inside it, not in an excluded
 * folder. (The caller leaves out the answer folder: a pack at the workspace root holds the
 * learner's answers too, and saving an answer is not authoring.)
 */
export function isPackSourceFile(rel: string): boolean {
  const parts = rel.split('/');
  if (parts.slice(0, -1).some((p) => PACK_SEARCH_EXCLUDES.includes(p))) return false;
  return /\.(ya?ml|md|sql)$/.test(rel);
}

/** Folders stand for their main file: a problem folder for problem.md, a module folder for module.yaml. */
function fileOfFinding(rel: string): string {
  if (/(^|\/)problems\/[^/.]+$/.test(rel)) return `${rel}/problem.md`;
  if (/^modules\/[^/.]+$/.test(rel)) return `${rel}/module.yaml`;
  return rel;
}

/** A finding placed in a file, 0-based, as an editor's Problems panel wants it. */
export interface PlacedFinding {
  /** Absolute path with "/" (the pack root joined with the finding's file). */
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  /** A stable code when the finding has one (e.g. DD203). */
  code?: string;
}

/**
 * Places a pack's findings: each at its file (relative to the pack root) and line, 0-based; a
 * finding about a folder (a problem as a whole) goes to the folder's main file so it can be shown
 * in the Problems panel at all; a finding without a line goes to the first line.
 */
export function placeFindings(root: string, diagnostics: readonly Diagnostic[]): PlacedFinding[] {
  const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
  return diagnostics.map((d) => {
    const rel = fileOfFinding(d.file);
    return {
      file: `${base}/${rel}`,
      line: Math.max(0, (d.line ?? 1) - 1),
      column: Math.max(0, (d.column ?? 1) - 1),
      message: d.message,
      severity: d.severity,
      code: d.code,
    };
  });
}
