/**
 * sql.js error messages carry no position. This maps SQLite's message to a line and column in the
 * learner's file by finding the token SQLite names, outside comments and strings, within the
 * statement that failed.
 */
import { lineColumn, maskCommentsAndStrings } from './sqlText';

export interface SqlErrorLocation {
  line: number;
  column: number;
  /** Length of the token found, for an editor range. */
  length: number;
}

const PATTERNS: { re: RegExp; token: (m: RegExpExecArray) => string | undefined }[] = [
  { re: /near "([^"]+)": syntax error/, token: (m) => m[1] },
  { re: /no such column: (\S+)/, token: (m) => m[1] },
  { re: /no such table: (?:main\.)?(\S+)/, token: (m) => m[1] },
  { re: /no such function: (\S+)/, token: (m) => m[1] },
  { re: /ambiguous column name: (\S+)/, token: (m) => m[1] },
  { re: /misuse of (?:aggregate|window) function:? (\w+)/, token: (m) => m[1] },
  { re: /wrong number of arguments to function (\w+)/, token: (m) => m[1] },
  { re: /no such window: (\S+)/, token: (m) => m[1] },
  { re: /unrecognized token: "([^"]+)"/, token: (m) => m[1] },
  { re: /(\S+) is not a function/, token: (m) => m[1] },
];

export function locateSqlError(message: string, sql: string, statementStart = 0, spanEnd = sql.length): SqlErrorLocation {
  // Spans end before their terminating semicolon, but SQLite may name that semicolon
  // ('near ";": syntax error'): it belongs to the statement.
  const statementEnd = Math.min(sql.length, spanEnd + 1);
  const fallback = (): SqlErrorLocation => {
    const firstNonSpace = sql.slice(statementStart).search(/\S/);
    return { ...lineColumn(sql, statementStart + Math.max(0, firstNonSpace)), length: 1 };
  };
  if (/incomplete input/.test(message)) {
    const trimmedEnd = sql.slice(0, statementEnd).replace(/\s+$/, '').length;
    return { ...lineColumn(sql, Math.max(trimmedEnd - 1, statementStart)), length: 1 };
  }
  const token = errorToken(message);
  if (!token) return fallback();
  const masked = maskCommentsAndStrings(sql);
  const offset =
    findToken(masked, token, statementStart, statementEnd) ??
    // A qualified name ("o.amount") may be written with spaces or quotes: try its last part.
    (token.includes('.') ? findToken(masked, token.split('.').pop()!, statementStart, statementEnd) : undefined) ??
    findToken(sql, token, statementStart, statementEnd);
  if (offset === undefined) return fallback();
  return { ...lineColumn(sql, offset), length: token.length };
}

/** The token SQLite's message names (a column, a table, the text near a syntax error), if any. */
export function errorToken(message: string): string | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(message);
    if (m) return p.token(m);
  }
  return undefined;
}

/**
 * First case-insensitive occurrence of the token in [start, end), as a whole word when it is one.
 * A plain search, not a RegExp: the token comes from the answer and may be any length.
 */
function findToken(haystack: string, token: string, start: number, end: number): number | undefined {
  const wordy = /^\w/.test(token) && /\w$/.test(token);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\w$]/.test(c);
  const hay = haystack.slice(0, Math.min(haystack.length, end + token.length)).toLowerCase();
  const needle = token.toLowerCase();
  for (let i = hay.indexOf(needle, start); i !== -1 && i < end; i = hay.indexOf(needle, i + 1)) {
    if (!wordy || (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + needle.length]))) return i;
  }
  return undefined;
}
