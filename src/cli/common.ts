/** What every CLI command shares: exit codes, JSON output, and turning an id into a problem. */
import type { Catalog } from '../core/content/catalog';
import { formatDiagnostic } from '../core/content/diagnostics';
import type { Problem, ProblemFiles } from '../core/content/model';
import { toJsonValue } from '../core/grading/values';

export const EXIT = { ok: 0, fail: 1, cannot: 2 } as const;

/** JSON.stringify replacer for grades: bigint and blobs become JSON-safe values. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint' || value instanceof Uint8Array) return toJsonValue(value);
  return value;
}

export type ResolvedProblem = { message: string } | { catalog: Catalog; problem: Problem; files: ProblemFiles };

/** The problem and its files, or the message to print (with "did you mean" for a typo). */
export function resolveProblem(catalog: Catalog, id: string | undefined): ResolvedProblem {
  if (!id) return { message: 'name the problem, e.g. de-dojo check latest-per-key answer.sql (de-dojo list shows the ids)' };
  const problem = catalog.problem(id);
  if (!problem) {
    const s = catalog.suggest(id, 'problem');
    return { message: `no problem "${id}"${s.length ? `; did you mean ${s.join(', ')}?` : ' (de-dojo list shows the ids)'}` };
  }
  const { files, diagnostics } = catalog.problemFiles(id);
  if (!files) return { message: `problem "${id}" cannot be loaded:\n${diagnostics.map(formatDiagnostic).join('\n')}` };
  return { catalog, problem, files };
}
