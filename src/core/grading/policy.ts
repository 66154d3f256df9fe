/**
 * What an answer may do. Query answers are one read-only statement; pipeline answers are scripts
 * that change tables. No answer may reach outside its in-memory database or change how it is
 * graded. The worker also sets `PRAGMA query_only` for query answers as a second line of defence.
 */
import { splitStatements, lineColumn, type StatementSpan } from './sqlText';

export interface PolicyViolation {
  message: string;
  line: number;
  column: number;
}

/** Words refused anywhere in an answer, with the reason the learner is given. */
const FORBIDDEN: Record<string, string> = {
  ATTACH: 'ATTACH is not allowed: answers work only on the tables the problem gives you.',
  DETACH: 'DETACH is not allowed: answers work only on the tables the problem gives you.',
  PRAGMA: 'PRAGMA is not allowed in answers: it would change how the database (and the grading) behaves.',
  VACUUM: 'VACUUM is not allowed in answers.',
  LOAD_EXTENSION: 'load_extension is not allowed: answers cannot load code into SQLite.',
};

const QUERY_STARTS = new Set(['SELECT', 'WITH', 'VALUES']);

export function checkQueryAnswer(sql: string): PolicyViolation | undefined {
  const statements = splitStatements(sql);
  if (statements.length === 0) return { message: 'The answer is empty: write one SELECT statement.', line: 1, column: 1 };
  const forbidden = findForbidden(sql, statements);
  if (forbidden) return forbidden;
  if (statements.length > 1) {
    const second = lineColumn(sql, statements[1].words[0].offset);
    return {
      message: `A query answer is exactly one statement, but this file has ${statements.length}. Keep one SELECT (a WITH … SELECT is fine) and delete or comment out the rest.`,
      ...second,
    };
  }
  const first = statements[0].words[0];
  if (!QUERY_STARTS.has(first.upper)) {
    return {
      message: `A query answer is one SELECT (or WITH … SELECT) statement; this one starts with ${first.text}. Query problems are read-only: the tables must not change.`,
      ...lineColumn(sql, first.offset),
    };
  }
  return undefined;
}

export function checkScriptAnswer(sql: string): PolicyViolation | undefined {
  const statements = splitStatements(sql);
  if (statements.length === 0) return { message: 'The answer is empty: write the statements that update the target tables.', line: 1, column: 1 };
  return findForbidden(sql, statements);
}

function findForbidden(sql: string, statements: StatementSpan[]): PolicyViolation | undefined {
  for (const s of statements) {
    for (const w of s.words) {
      const reason = FORBIDDEN[w.upper];
      if (reason) return { message: reason, ...lineColumn(sql, w.offset) };
    }
  }
  return undefined;
}

/** The checks a file must pass before it is worth sending to SQLite at all. */
export function checkAnswerText(bytes: Uint8Array, maxBytes = 1_000_000): { text?: string; problem?: string } {
  if (bytes.length > maxBytes) {
    return { problem: `The answer file is ${(bytes.length / 1e6).toFixed(1)} MB; answers are limited to ${(maxBytes / 1e6).toFixed(0)} MB. Is this the right file?` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'The answer file is not valid UTF-8 text. Save it as UTF-8 and try again.' };
  }
  if (text.includes('\u0000')) return { problem: 'The answer file contains NUL bytes: it does not look like SQL text.' };
  return { text: text.replace(/^\uFEFF/, '') };
}
