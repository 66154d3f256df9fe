/**
 * Values the generator borrows from SQL text: the string and number literals of the reference and
 * of the answer ('Unknown', 0, 1800...), and the time spans they name ('-10 minutes', 300). A
 * placeholder the answer invented, or a boundary the reference tests, is the value most likely to
 * tell the two apart.
 */
import { maskCommentsAndStrings } from '../sqlText';
import type { SqlValue } from '../values';

export interface Literals {
  values: SqlValue[];
  /**
   * Names written next to each literal in the SQL (`COALESCE(t.genre, 'Unknown')` puts 'Unknown'
   * next to genre), keyed by literalKey: the columns a literal most likely stands in for.
   */
  near: Map<string, Set<string>>;
  /** Time spans in seconds, both signs (from interval strings, and numbers read as seconds or minutes). */
  seconds: number[];
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };

export function extractLiterals(...texts: string[]): Literals {
  const values: SqlValue[] = [];
  const seconds = new Set<number>();
  const near = new Map<string, Set<string>>();
  const add = (v: SqlValue, code?: string, at?: number, length = 0) => {
    const key = literalKey(v);
    if (!near.has(key)) {
      near.set(key, new Set());
      values.push(v);
    }
    if (code !== undefined && at !== undefined) {
      const window = code.slice(Math.max(0, at - NEAR_CHARS), at + length + NEAR_CHARS);
      for (const m of window.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) near.get(key)!.add(m[0].toLowerCase());
    }
  };
  for (const text of texts) {
    // Comments blanked, string literals kept in place (the mask keeps offsets).
    const masked = maskCommentsAndStrings(text);
    // The code without string contents: identifiers near a literal are read from it.
    const code = masked.replace(/'[^']*'/g, (m) => ' '.repeat(m.length));
    for (const m of masked.matchAll(/'[^']*'/g)) {
      const s = text.slice(m.index + 1, m.index + m[0].length - 1).replace(/''/g, "'");
      const span = /^\s*([+-]?\d+(?:\.\d+)?)\s*(second|minute|hour|day)s?\s*$/i.exec(s);
      if (span) seconds.add(Math.abs(Number(span[1]) * UNIT_SECONDS[span[2].toLowerCase()]));
      // Format strings ('%Y-%m') and modifiers ('start of day') are not data.
      else if (!s.includes('%') && !/^(start of|unixepoch|localtime|utc|weekday)/i.test(s)) add(s, code, m.index, m[0].length);
    }
    for (const m of code.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])/g)) {
      const n = Number(m[1]);
      add(m[1].includes('.') ? n : BigInt(m[1]), code, m.index, m[0].length);
      if (Number.isInteger(n) && n > 0 && n <= 7 * 86400) {
        seconds.add(n);
        if (n <= 24 * 60) seconds.add(n * 60);
      }
    }
  }
  for (const v of [0n, 1n, -1n]) add(v);
  return { values, near, seconds: [...seconds].sort((a, b) => a - b) };
}

/** How far (characters) around a literal its neighbouring names are read. */
const NEAR_CHARS = 40;

export function literalKey(v: SqlValue): string {
  return typeof v === 'bigint' ? `i${v}` : `${typeof v}:${String(v)}`;
}
