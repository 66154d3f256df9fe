/**
 * Where answer files live and how to recognise one. The answer folder comes from the
 * `deDojo.answerFolder` setting (default `de-dojo`): a relative path is inside the first workspace
 * folder (or, with no folder open, inside a practice folder in the extension's storage), an
 * absolute or `~/` path is used as it is. Inside it: `<module-id>/<problem-id>.sql` for the built-in
 * course, `<pack-id>/<module-id>/<problem-id>.sql` for a course pack's problem, the progress file
 * and `.backups/`. Pure string rules (no vscode import) so they can be unit tested.
 */

export const DEFAULT_ANSWER_FOLDER = 'de-dojo';
export const BACKUPS_FOLDER = '.backups';

export interface AnswerItem {
  moduleId: string;
  id: string;
  /** The course pack the problem belongs to; absent for the built-in course. */
  pack?: string;
}

/**
 * The one rule for where a problem's answer lives, relative to the answer folder, with forward
 * slashes: a course pack's problems get a folder of their own, named by the pack's id.
 */
export function answerRelPath(problem: AnswerItem): string {
  return `${problem.pack ? `${problem.pack}/` : ''}${problem.moduleId}/${problem.id}.sql`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads (pack,) module and problem ids out of a path relative to the answer folder:
 * `<module>/<problem>.sql` (built-in course) or `<pack>/<module>/<problem>.sql` (a course pack);
 * the caller checks them against the course.
 */
export function parseAnswerRelPath(rel: string): { pack?: string; moduleId: string; problemId: string } | undefined {
  const parts = rel.replace(/\\/g, '/').split('/');
  if (parts.length !== 2 && parts.length !== 3) return undefined;
  const pack = parts.length === 3 ? parts[0] : undefined;
  const [moduleId, file] = parts.slice(-2);
  const m = /^(.+)\.sql$/.exec(file);
  if (!m || !ID.test(m[1]) || !ID.test(moduleId) || (pack !== undefined && !ID.test(pack))) return undefined;
  return pack === undefined ? { moduleId, problemId: m[1] } : { pack, moduleId, problemId: m[1] };
}

/** `filePath` relative to `folderPath` (both with forward slashes), or undefined when it is not inside. */
export function pathInside(folderPath: string, filePath: string): string | undefined {
  const folder = folderPath.replace(/\/+$/, '');
  return filePath.startsWith(`${folder}/`) ? filePath.slice(folder.length + 1) : undefined;
}

/**
 * Backups of reset answers: `.backups/[<pack>/]<module>/<problem>-<yyyymmdd-hhmmss>.sql` in the
 * answer folder; `n` > 1 adds `-n` so two backups in the same second get different names.
 */
export function backupRelPath(problem: AnswerItem, at: Date, n = 1): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${BACKUPS_FOLDER}/${problem.pack ? `${problem.pack}/` : ''}${problem.moduleId}/${problem.id}-${stamp}${n > 1 ? `-${n}` : ''}.sql`;
}

export type AnswerFolderSetting = { kind: 'absolute'; path: string } | { kind: 'relative'; segments: string[] };

/**
 * How the setting reads: blank or not a string → the default; `~` or `~/x` → under the home
 * folder; an absolute path (`/x`, `C:\x`, `\\server\x`) → as it is; anything else → relative
 * segments (`.` parts dropped).
 */
export function readAnswerFolderSetting(value: unknown, home: string): AnswerFolderSetting {
  const raw = typeof value === 'string' && value.trim() !== '' ? value.trim() : DEFAULT_ANSWER_FOLDER;
  if (raw === '~' || raw.startsWith('~/') || raw.startsWith('~\\')) return { kind: 'absolute', path: `${home.replace(/[\\/]+$/, '')}${raw.slice(1)}` };
  if (raw.startsWith('/') || raw.startsWith('\\\\') || /^[a-zA-Z]:[\\/]/.test(raw)) return { kind: 'absolute', path: raw };
  const segments = raw.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  return segments.length ? { kind: 'relative', segments } : { kind: 'relative', segments: [DEFAULT_ANSWER_FOLDER] };
}
