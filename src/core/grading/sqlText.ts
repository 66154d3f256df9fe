/**
 * Just enough SQL lexing to judge and locate things in a learner's text: where statements begin
 * and end, which words are keywords outside strings, comments and quoted names, and where a token
 * SQLite complains about sits. Not a parser: SQLite itself decides what is valid.
 *
 * The token boundaries follow SQLite's own tokenizer (tokenize.c) for everything that can hide a
 * semicolon or a comment opener: `--` and `/* *\/` comments (they do not nest), '…' strings and
 * x'…' blobs, "…", `…` and […] names, and variables ($name, :name, @name, #name, with Tcl-style
 * `(…)` and `::` suffixes). So every statement SQLite would run starts where `splitStatements`
 * starts one; the policy can then judge exactly what SQLite will see. One pass, linear time.
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
  /** Bare words (keywords and unquoted names), and `'` for each string literal, in order. */
  words: Word[];
}

export type TokenKind = 'space' | 'comment' | 'string' | 'quoted' | 'variable' | 'word' | 'semicolon' | 'other';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
/** SQLite's IdChar: letters, digits, `_`, `$` and every non-ASCII character. */
const isIdChar = (c: string | undefined) => c !== undefined && (/[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) >= 0x80);

/** The whole text as tokens, each with its kind; unterminated strings and comments run to the end. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const n = sql.length;
  let i = 0;
  const closeAt = (from: number, quote: string, doubled: boolean): number => {
    // Index just past the closing quote; a doubled quote is an escaped one where SQLite says so.
    let j = from;
    for (;;) {
      const k = sql.indexOf(quote, j);
      if (k === -1) return n;
      if (doubled && sql[k + 1] === quote) {
        j = k + 2;
        continue;
      }
      return k + 1;
    }
  };
  while (i < n) {
    const c = sql[i];
    const start = i;
    let kind: TokenKind;
    if (isSpace(c)) {
      while (i < n && isSpace(sql[i])) i++;
      kind = 'space';
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? n : end;
      kind = 'comment';
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      kind = 'comment';
    } else if (c === "'") {
      i = closeAt(i + 1, "'", true);
      kind = 'string';
    } else if ((c === 'x' || c === 'X') && sql[i + 1] === "'") {
      // A blob literal ends at the first quote (no escapes inside).
      const end = sql.indexOf("'", i + 2);
      i = end === -1 ? n : end + 1;
      kind = 'string';
    } else if (c === '"' || c === '`') {
      i = closeAt(i + 1, c, true);
      kind = 'quoted';
    } else if (c === '[') {
      i = closeAt(i + 1, ']', false);
      kind = 'quoted';
    } else if (c === ';') {
      i++;
      kind = 'semicolon';
    } else if (c === '$' || c === '@' || c === ':' || c === '#') {
      i = variableEnd(sql, i);
      kind = 'variable';
    } else if (c === '?') {
      i++;
      while (i < n && /[0-9]/.test(sql[i])) i++;
      kind = 'variable';
    } else if (isIdChar(c)) {
      // Names, keywords and numbers alike: none of them can hold a quote, a comment or a `;`.
      // (A number's exponent sign is followed by a digit, never by a second `-`.)
      while (i < n && (isIdChar(sql[i]) || (sql[i] === '.' && /[0-9]/.test(c)))) {
        if ((sql[i] === 'e' || sql[i] === 'E') && /[0-9]/.test(c) && (sql[i + 1] === '+' || sql[i + 1] === '-') && /[0-9]/.test(sql[i + 2] ?? '')) i += 2;
        i++;
      }
      kind = 'word';
    } else {
      i++;
      kind = 'other';
    }
    tokens.push({ kind, start, end: i });
  }
  return tokens;
}

/** SQLite's variable token: a sigil, name characters, `::` pairs, and one Tcl `(…)` suffix. */
function variableEnd(sql: string, from: number): number {
  let i = from + 1;
  let n = 0;
  for (;;) {
    const c = sql[i];
    if (c === undefined) break;
    if (isIdChar(c)) {
      n++;
      i++;
    } else if (c === '(' && n > 0) {
      i++;
      while (i < sql.length && !isSpace(sql[i]) && sql[i] !== ')') i++;
      if (sql[i] === ')') i++;
      break;
    } else if (c === ':' && sql[i + 1] === ':') {
      i += 2;
    } else {
      break;
    }
  }
  return Math.max(i, from + 1);
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * Replaces the contents of comments and string literals with spaces (same length, newlines kept),
 * so offsets stay valid and nothing inside them is mistaken for SQL. Quoted names are kept as
 * written (an error message may name one), but their contents never open a comment or a string.
 */
export function maskCommentsAndStrings(sql: string, tokens: Token[] = tokenize(sql)): string {
  let out = '';
  for (const t of tokens) {
    const s = sql.slice(t.start, t.end);
    if (t.kind === 'comment') out += blank(s);
    else if (t.kind === 'string') {
      const open = s.indexOf("'");
      const closed = s.length - open > 1 && s.endsWith("'");
      out += s.slice(0, open + 1) + blank(s.slice(open + 1, closed ? -1 : undefined)) + (closed ? "'" : '');
    } else out += s;
  }
  return out;
}

/**
 * Splits into statements on semicolons outside strings, comments, quoted names and variables,
 * exactly where SQLite's tokenizer sees a semicolon. (A CREATE TRIGGER body is split further than
 * SQLite would; that only adds statement starts, never hides one.)
 */
export function splitStatements(sql: string, tokens: Token[] = tokenize(sql)): StatementSpan[] {
  const spans: StatementSpan[] = [];
  let start = 0;
  let words: Word[] = [];
  const push = (end: number) => {
    if (words.length) spans.push({ start, end, text: sql.slice(start, end), words });
    words = [];
  };
  for (const t of tokens) {
    if (t.kind === 'semicolon') {
      push(t.start);
      start = t.end;
    } else if (t.kind === 'word') {
      const text = sql.slice(t.start, t.end);
      words.push({ text, upper: text.toUpperCase(), offset: t.start });
    } else if (t.kind === 'string') {
      // A string literal still counts as content of the statement.
      words.push({ text: "'", upper: "'", offset: t.start });
    } else if (t.kind === 'quoted' || t.kind === 'variable' || t.kind === 'other') {
      // Content too, but never a keyword: a quoted name is marked so `[PRAGMA]` is no PRAGMA.
      words.push({ text: sql.slice(t.start, t.end), upper: t.kind === 'quoted' ? '"' : sql.slice(t.start, t.end), offset: t.start });
    }
  }
  push(sql.length);
  return spans;
}

/** The statement's leading keyword, after EXPLAIN [QUERY PLAN]: what SQLite will do with it. */
export function leadingKeyword(span: StatementSpan): Word | undefined {
  let k = 0;
  if (span.words[k]?.upper === 'EXPLAIN') {
    k++;
    if (span.words[k]?.upper === 'QUERY' && span.words[k + 1]?.upper === 'PLAN') k += 2;
  }
  return span.words[k] ?? span.words[0];
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: end - lastBreak };
}
