/** The course shipped inside the extension and course packs, read through core's file-system ContentSource. */
import * as path from 'node:path';
import { Catalog } from '../../core/content/catalog';
import { fileSystemSource } from '../../core/content/contentSource';
import type { Diagnostic } from '../../core/content/diagnostics';
import { validateCourse, type ContentGrader } from '../../core/content/validateCourse';

export function loadShippedCourse(extensionPath: string): Catalog {
  return new Catalog(fileSystemSource(path.join(extensionPath, 'content')));
}

/** A course pack's catalogue: its items carry the pack's id (see loadCourse's `pack` option). */
export function loadPack(root: string): Catalog {
  return new Catalog(fileSystemSource(root), { pack: true });
}

/**
 * Every content check of a pack, the problems graded through the grading service (its worker, off
 * the extension host's thread), plus what loading it as a pack found (an `id` is required of packs).
 */
export async function validatePack(root: string, grader: ContentGrader): Promise<Diagnostic[]> {
  const source = fileSystemSource(root);
  const report = await validateCourse(source, grader);
  const seen = new Set(report.diagnostics.map(key));
  const packOnly = new Catalog(source, { pack: true }).diagnostics.filter((d) => !seen.has(key(d)));
  return [...packOnly, ...report.diagnostics];
}

function key(d: Diagnostic): string {
  return `${d.file}:${d.line ?? ''}:${d.message}`;
}
