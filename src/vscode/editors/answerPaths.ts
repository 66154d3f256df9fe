/**
 * Where answer files live and how to recognise one: `<root>/de-dojo/<module-id>/<problem-id>.sql`
 * for the built-in course and `<root>/de-dojo/<pack-id>/<module-id>/<problem-id>.sql` for a course
 * pack's problem, where root is the first workspace folder or, with no folder open, a practice folder in the
 * extension's global storage. Pure string rules (no vscode import) so they can be unit tested.
 */

export const ANSWERS_FOLDER = 'de-dojo';
export const BACKUPS_FOLDER = '.backups';

/** The answer file's path relative to the root, with forward slashes; a pack's problems get a folder of their own. */
export function answerRelPath(moduleId: string, problemId: string, pack?: string): string {
  return pack ? `${ANSWERS_FOLDER}/${pack}/${moduleId}/${problemId}.sql` : `${ANSWERS_FOLDER}/${moduleId}/${problemId}.sql`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads pack, module and problem ids out of a path (absolute or relative, either slash). Only the
 * `de-dojo/<module>/<problem>.sql` tail (built-in course) or `de-dojo/<pack>/<module>/<problem>.sql`
 * tail (a pack) counts; the caller checks the ids against the course.
 */
export function parseAnswerPath(path: string): { pack?: string; moduleId: string; problemId: string } | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  if (parts.length < 3) return undefined;
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.sql$/.exec(parts[parts.length - 1]);
  if (!m) return undefined;
  const [folder, moduleId] = parts.slice(-3, -1);
  if (folder === ANSWERS_FOLDER) return ID.test(moduleId) ? { moduleId, problemId: m[1] } : undefined;
  if (parts.length < 4) return undefined;
  const [packFolder, pack] = parts.slice(-4, -2);
  if (packFolder !== ANSWERS_FOLDER || !ID.test(pack) || !ID.test(moduleId)) return undefined;
  return { pack, moduleId, problemId: m[1] };
}

/** Backups of reset answers: `de-dojo/.backups/[<pack>/]<module>/<problem>-<yyyymmdd-hhmmss>.sql`. */
export function backupRelPath(moduleId: string, problemId: string, at: Date, pack?: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${ANSWERS_FOLDER}/${BACKUPS_FOLDER}/${pack ? `${pack}/` : ''}${moduleId}/${problemId}-${stamp}.sql`;
}

/** A glob for DocumentSelectors and `when` clauses: any answer file under any root (built-in or pack). */
export const ANSWER_FILE_GLOB = `**/${ANSWERS_FOLDER}/{*,*/*}/*.sql`;
