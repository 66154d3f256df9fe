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
  let token: string | undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(message);
    if (m) {
      token = p.token(m);
      break;
    }
  }
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

function findToken(haystack: string, token: string, start: number, end: number): number | undefined {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wordy = /^\w/.test(token) && /\w$/.test(token);
  const re = new RegExp(wordy ? `(?<![\\w$])${escaped}(?![\\w$])` : escaped, 'gi');
  re.lastIndex = start;
  const m = re.exec(haystack);
  return m && m.index < end ? m.index : undefined;
}
