/**
 * What an answer may do. Query answers are one read-only statement; pipeline answers are scripts
 * that change tables. No answer may reach outside its in-memory database or change how it is
 * graded. The worker also sets `PRAGMA query_only` for query answers as a second line of defence.
 */
import { leadingKeyword, lineColumn, splitStatements, type StatementSpan, type Word } from './sqlText';

export interface PolicyViolation {
  message: string;
  line: number;
  column: number;
}

/** Statements an answer may not run, by leading keyword, with the reason the learner is given. */
const FORBIDDEN_STATEMENTS: Record<string, string> = {
  ATTACH: 'ATTACH is not allowed: answers work only on the tables the problem gives you.',
  DETACH: 'DETACH is not allowed: answers work only on the tables the problem gives you.',
  PRAGMA: 'PRAGMA is not allowed in answers: it would change how the database (and the grading) behaves.',
  VACUUM: 'VACUUM is not allowed in answers.',
};
const LOAD_EXTENSION = 'load_extension is not allowed: answers cannot load code into SQLite.';

/** Pipeline scripts longer than this are refused before they run (each run probes every statement). */
export const MAX_SCRIPT_STATEMENTS = 1000;

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
  const forbidden = findForbidden(sql, statements);
  if (forbidden) return forbidden;
  if (statements.length > MAX_SCRIPT_STATEMENTS) {
    return {
      message: `A pipeline script may have at most ${MAX_SCRIPT_STATEMENTS.toLocaleString('en')} statements; this one has ${statements.length.toLocaleString('en')}. A set-based statement (INSERT ... SELECT, UPDATE ... FROM) does the work of many.`,
      ...lineColumn(sql, statements[MAX_SCRIPT_STATEMENTS].words[0].offset),
    };
  }
  return undefined;
}

/**
 * The second line judges every statement SQLite prepares, on every dataset, batch and generated case:
 * the same few texts over and over. The verdict depends on the text alone, so it is remembered.
 */
const forbiddenCache = new Map<string, string | undefined>();
const preparedQueryCache = new Map<string, string | undefined>();
const REMEMBERED_TEXTS = 500;

function remembered(cache: Map<string, string | undefined>, text: string, judge: (text: string) => string | undefined): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const verdict = judge(text);
  if (cache.size >= REMEMBERED_TEXTS) cache.clear();
  cache.set(text, verdict);
  return verdict;
}

/**
 * The second line of defence, for one statement SQLite has just prepared (its own text, as SQLite
 * split it): is it a statement no answer may run?
 */
export function forbiddenStatement(statementSql: string): string | undefined {
  return remembered(forbiddenCache, statementSql, judgeStatement);
}

function judgeStatement(statementSql: string): string | undefined {
  const spans = splitStatements(statementSql);
  for (const s of spans) {
    const lead = leadingKeyword(s);
    const reason = (lead && FORBIDDEN_STATEMENTS[lead.upper]) || (callsLoadExtension(s) ? LOAD_EXTENSION : undefined);
    if (reason) return reason;
  }
  return undefined;
}

/**
 * The same second line for a query answer: what SQLite prepared must be one statement that reads
 * (SELECT, WITH or VALUES), judged with the lexer and the words the policy itself uses.
 */
export function preparedQueryProblem(statementSql: string): string | undefined {
  return remembered(preparedQueryCache, statementSql, judgePreparedQuery);
}

function judgePreparedQuery(statementSql: string): string | undefined {
  const forbidden = forbiddenStatement(statementSql);
  if (forbidden) return forbidden;
  const first = splitStatements(statementSql)[0]?.words[0];
  return first && QUERY_STARTS.has(first.upper) ? undefined : 'A query answer must be one SELECT statement.';
}

function findForbidden(sql: string, statements: StatementSpan[]): PolicyViolation | undefined {
  for (const s of statements) {
    const lead = leadingKeyword(s);
    const reason = lead && FORBIDDEN_STATEMENTS[lead.upper];
    if (reason) return { message: reason, ...lineColumn(sql, lead.offset) };
    const call = callsLoadExtension(s);
    if (call) return { message: LOAD_EXTENSION, ...lineColumn(sql, call.offset) };
  }
  return undefined;
}

/** A call of load_extension, its name bare or quoted: the word followed by `(`. */
function callsLoadExtension(s: StatementSpan): Word | undefined {
  return s.words.find((w, i) => s.words[i + 1]?.text === '(' && unquote(w.text).toUpperCase() === 'LOAD_EXTENSION');
}

function unquote(name: string): string {
  const q = name[0];
  if (q === '"' || q === '`') return name.slice(1, -1).split(q + q).join(q);
  if (q === '[') return name.slice(1, -1);
  return name;
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
