/**
 * Validation of a pack after each save grades through this cache, so saving one item re-grades
 * only what changed: a grade is a pure function of the problem's spec (schema, datasets or
 * scenarios, reference, options) and the answer, so a result is reused while both are the same.
 * Saving a quiz or a lesson then grades nothing again, saving a problem file only that problem.
 * Timeouts and internal failures are not kept (the machine may just have been busy).
 * No vscode import: unit-tested.
 */
import { createHash } from 'node:crypto';
import type { ContentGrader } from '../../core/content/validateCourse';
import type { GradeError } from '../../core/grading/types';

export type ValidationGrader = ContentGrader;

/** Enough for every answer of a few hundred problems (reference, starter, wrongs, alts). */
const MAX_ENTRIES = 5000;

export function memoGrader(inner: ValidationGrader, maxEntries = MAX_ENTRIES): ValidationGrader & { readonly size: number } {
  const cache = new Map<string, unknown>();
  const memo = <T extends { error?: GradeError }>(op: string, parts: unknown[], run: () => Promise<T>): Promise<T> => {
    const key = createHash('sha256').update(op).update('\0').update(JSON.stringify(parts)).digest('base64');
    const hit = cache.get(key) as T | undefined;
    if (hit !== undefined) {
      // Most recently used goes last, so the oldest entry is the one evicted.
      cache.delete(key);
      cache.set(key, hit);
      return Promise.resolve(hit);
    }
    return run().then((result) => {
      if (result.error?.kind !== 'timeout' && result.error?.kind !== 'internal') {
        cache.set(key, result);
        if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
      }
      return result;
    });
  };
  return {
    gradeQuery: (spec, answer) => memo('gradeQuery', [spec, answer], () => inner.gradeQuery(spec, answer)),
    runQuery: (spec, answer, dataset) => memo('runQuery', [spec, answer, dataset ?? 0], () => inner.runQuery(spec, answer, dataset)),
    gradePipeline: (spec, answer) => memo('gradePipeline', [spec, answer], () => inner.gradePipeline(spec, answer)),
    get size() {
      return cache.size;
    },
  };
}
