/**
 * Parses YAML (a whole file or a front-matter block) and validates it against a zod schema,
 * turning every failure into a Diagnostic with the line it concerns.
 *
 * One parser, js-yaml (YAML 1.2 core schema), serves both needs: it is fast on the happy path,
 * which decides how fast a large course loads, and when a schema check fails the same parser runs
 * again with its `listener` hook to record where each node starts, so the diagnostic can point at
 * the offending key or value. (The `yaml` package tracks positions too, but adds 110 KB to the
 * extension for what is only an error path.)
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type * as z from 'zod/mini';
import type { DiagnosticBag } from './diagnostics';

export function parseYamlWithSchema<S extends z.ZodMiniType>(
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
  } catch (e) {
    if (e instanceof YAMLException) {
      const reason = (e.reason || e.message).split('\n')[0];
      diagnostics.error('DD101', file, `YAML: ${reason}`, e.mark ? e.mark.line + 1 + lineOffset : lineOffset + 1, e.mark ? e.mark.column + 1 : undefined);
    } else {
      diagnostics.error('DD101', file, `YAML could not be parsed: ${(e as Error).message}`, lineOffset + 1);
    }
    return undefined;
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;

  const positions = yamlPositions(text);
  for (const issue of result.error.issues) {
    const base = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // An unknown key is best pointed at by the key itself, not by the object holding it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? base : [...base, key];
      const message = key === undefined ? issue.message : `unknown key "${key}" (check its spelling against the content format)`;
      const where = path.length ? `${path.join('.')}: ` : '';
      diagnostics.error('DD102', file, `${where}${message}`, positions.lineOf(path) + lineOffset);
    }
  }
  return undefined;
}

interface PositionedNode {
  start: number;
  kind?: string;
  result?: unknown;
  children: PositionedNode[];
}

/**
 * Where each node of a YAML document starts, from js-yaml's open/close events: a mapping's
 * children alternate key and value nodes, a sequence's children are its items.
 */
export function yamlPositions(text: string): { lineOf(path: (string | number)[]): number } {
  const root: PositionedNode = { start: 0, children: [] };
  const stack: PositionedNode[] = [root];
  try {
    load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: state.position, children: [] });
        } else {
          const node = stack.pop()!;
          node.kind = state.kind ?? undefined;
          node.result = state.result;
          stack[stack.length - 1].children.push(node);
        }
      },
    });
  } catch {
    // Positions of what parsed are still useful.
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    // Open events fire before leading space is skipped: the node starts at the next content.
    let o = offset;
    while (o < text.length && /[\s]/.test(text[o])) o++;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return {
    lineOf(path) {
      let node = root.children[0];
      if (!node) return 1;
      let line = lineAt(node.start);
      for (const segment of path) {
        let next: PositionedNode | undefined;
        if (node.kind === 'mapping') {
          for (let i = 0; i + 1 < node.children.length; i += 2) {
            if (String(node.children[i].result) === String(segment)) {
              line = lineAt(node.children[i].start);
              next = node.children[i + 1];
              break;
            }
          }
        } else if (node.kind === 'sequence' && typeof segment === 'number') {
          next = node.children[segment];
          if (next) line = lineAt(next.start);
        }
        if (!next) break;
        if (next.kind !== 'scalar') node = next;
        else break;
      }
      return line;
    },
  };
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
