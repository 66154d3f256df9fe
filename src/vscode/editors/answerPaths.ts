/**
 * Where answer files live and how to recognise one: `<root>/de-dojo/<module-id>/<problem-id>.sql`,
 * where root is the first workspace folder or, with no folder open, a practice folder in the
 * extension's global storage. Pure string rules (no vscode import) so they can be unit tested.
 */

export const ANSWERS_FOLDER = 'de-dojo';
export const BACKUPS_FOLDER = '.backups';

/** The answer file's path relative to the root, with forward slashes. */
export function answerRelPath(moduleId: string, problemId: string): string {
  return `${ANSWERS_FOLDER}/${moduleId}/${problemId}.sql`;
}

/**
 * Reads module and problem ids out of a path (absolute or relative, either slash). Only the
 * `de-dojo/<module>/<problem>.sql` tail counts; the caller checks the ids against the course.
 */
export function parseAnswerPath(path: string): { moduleId: string; problemId: string } | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  if (parts.length < 3) return undefined;
  const [folder, moduleId, file] = parts.slice(-3);
  if (folder !== ANSWERS_FOLDER) return undefined;
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.sql$/.exec(file);
  if (!m || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(moduleId)) return undefined;
  return { moduleId, problemId: m[1] };
}

/** Backups of reset answers: `de-dojo/.backups/<module>/<problem>-<yyyymmdd-hhmmss>.sql`. */
export function backupRelPath(moduleId: string, problemId: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${ANSWERS_FOLDER}/${BACKUPS_FOLDER}/${moduleId}/${problemId}-${stamp}.sql`;
}

/** A glob for DocumentSelectors and `when` clauses: any answer file under any root. */
export const ANSWER_FILE_GLOB = `**/${ANSWERS_FOLDER}/*/*.sql`;
