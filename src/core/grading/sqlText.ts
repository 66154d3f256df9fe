/**
 * Just enough SQL lexing to judge and locate things in a learner's text: where statements begin
 * and end, which words are keywords outside strings and comments, and where a token SQLite
 * complains about sits. Not a parser: SQLite itself decides what is valid.
 */

export interface Word {
  text: string;
  upper: string;
  offset: number;
}

export interface StatementSpan {
  /** Offsets into the original text; `text` excludes the terminating semicolon. */
  start: number;
  end: number;
  text: string;
  words: Word[];
}

/**
 * Replaces the contents of comments and string literals with spaces (same length, newlines kept),
 * so offsets stay valid and nothing inside them is mistaken for SQL.
 */
export function maskCommentsAndStrings(sql: string): string {
  let out = '';
  let i = 0;
  const n = sql.length;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < n) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += blank(sql.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += blank(sql.slice(i, stop));
      i = stop;
    } else if (c === "'") {
      let j = i + 1;
      while (j < n && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      const stop = Math.min(j + 1, n);
      out += "'" + blank(sql.slice(i + 1, stop - 1)) + (stop - 1 > i ? "'" : '');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const QUOTED_IDENT = /"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]/g;

/** Splits into statements on semicolons outside strings, comments and quoted identifiers. */
export function splitStatements(sql: string): StatementSpan[] {
  const masked = maskCommentsAndStrings(sql).replace(QUOTED_IDENT, (m) => m.replace(/[^\n]/g, '_'));
  const spans: StatementSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const words = wordsIn(masked, start, end);
    if (words.length) spans.push({ start, end, text: sql.slice(start, end), words });
  };
  for (let i = 0; i < masked.length; i++) {
    if (masked[i] === ';') {
      push(i);
      start = i + 1;
    }
  }
  push(masked.length);
  return spans;
}

function wordsIn(masked: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = /[A-Za-z_][A-Za-z0-9_$]*|[^\sA-Za-z_]/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked)) && m.index < end) {
    if (/^\s+$/.test(m[0]) || m[0] === "'" ) {
      // A string literal still counts as content of the statement.
      if (m[0] === "'") words.push({ text: "'", upper: "'", offset: m.index });
      continue;
    }
    words.push({ text: m[0], upper: m[0].toUpperCase(), offset: m.index });
  }
  return words;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
