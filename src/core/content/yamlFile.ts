/**
 * Parses YAML (a whole file or a front-matter block) and validates it against a zod schema,
 * turning every failure into a Diagnostic with the line it concerns. The fast path is js-yaml
 * (about ten times faster than `yaml` on front matter, which decides how fast a large course
 * loads); `yaml`'s position-tracking document parser runs only when something is wrong, to point
 * at the line. Both read YAML 1.2's core schema, so they agree on types.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { DiagnosticBag } from './diagnostics';

export function parseYamlWithSchema<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  diagnostics: DiagnosticBag,
  /** Lines before `text` in its file (front matter starts after the opening `---`). */
  lineOffset = 0,
): z.output<S> | undefined {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
    for (const err of doc.errors) {
      const pos = lc.linePos(err.pos[0]);
      diagnostics.error(file, `YAML: ${err.message.split('\n')[0]}`, pos.line + lineOffset, pos.col);
    }
    if (doc.errors.length === 0) diagnostics.error(file, 'YAML could not be parsed', lineOffset + 1);
    return undefined;
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;

  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  for (const issue of result.error.issues) {
    const base = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // An unknown key is best pointed at by the key itself, not by the object holding it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? base : [...base, key];
      const message = key === undefined ? issue.message : `unknown key "${key}" (check its spelling against the content format)`;
      report(path, message);
    }
  }
  return undefined;

  function report(path: (string | number)[], message: string): void {
    let line = lineOffset + 1;
    // The deepest node that exists on the issue's path is the best place to point at.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        line = lc.linePos(node.range[0]).line + lineOffset;
        break;
      }
    }
    const where = path.length ? `${path.join('.')}: ` : '';
    diagnostics.error(file, `${where}${message}`, line);
  }
}

export interface FrontMatterSplit {
  frontMatter: string;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

/** Splits `---\n<yaml>\n---\n<markdown>`; undefined when the file has no front matter. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  if (!m) return undefined;
  const frontMatter = m[1];
  const bodyLine = m[0].split('\n').length;
  return { frontMatter, body: src.slice(m[0].length), bodyLine: m[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}
