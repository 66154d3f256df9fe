/**
 * Grades query answers with sql.js. Runs inside the grading worker (see worker.ts), but takes the
 * sql.js module as a parameter so unit tests can drive it in-process.
 */
import type { Database, SqlJsStatic, Statement } from 'sql.js';
import { compareResults, type CompareOptions } from './compare';
import { generateQueryCases, singleRowTables } from './generate/queryGeneration';
import { checkQueryAnswer, preparedQueryProblem } from './policy';
import { errorToken, locateSqlError } from './sqlErrors';
import { splitStatements } from './sqlText';
import {
  DEFAULT_LIMITS,
  type Counterexample,
  type DatasetGrade,
  type EngineLimits,
  type GradeError,
  type QueryGrade,
  type QueryProblemSpec,
  type RunResult,
  type TableSnapshot,
  type AnswerTimer,
  UNTIMED,
} from './types';
import type { ResultSet, SqlValue } from './values';

/** An answer failure that stops grading (as opposed to a wrong result). */
export class AnswerError extends Error {
  constructor(readonly gradeError: GradeError) {
    super('message' in gradeError ? gradeError.message : gradeError.kind);
  }
}

const now = () => performance.now();

export class QueryEngine {
  /** Reference results, keyed by everything they depend on: unchanged content is never re-run. */
  private readonly expectedCache = new Map<string, ResultSet>();
  /**
   * Set when SQLite prepared a learner statement the policy should have refused (the lexer and
   * SQLite disagreed): some statements act while being prepared, so the worker must not be reused.
   */
  tampered: string | undefined;
  /** The clock of the generation budget; tests replace it with a fake one. */
  clock: () => number = now;

  constructor(
    private readonly SQL: SqlJsStatic,
    readonly limits: EngineLimits = DEFAULT_LIMITS,
    private readonly timer: AnswerTimer = UNTIMED,
  ) {
    // The heap limit is process-wide in SQLite: setting it once covers every database of this
    // worker (pipelines too). The JS heap is capped separately by the worker's resourceLimits.
    const db = new SQL.Database();
    db.run(`PRAGMA hard_heap_limit = ${limits.maxHeapBytes}`);
    db.close();
  }

  gradeQuery(spec: QueryProblemSpec, answer: string): QueryGrade {
    const t0 = now();
    const grade = (status: QueryGrade['status'], datasets: DatasetGrade[], error?: GradeError): QueryGrade => {
      const firstFailure = datasets.findIndex((d) => !d.passed);
      return { kind: 'query', problemId: spec.id, status, error, datasets, firstFailure: firstFailure === -1 ? undefined : firstFailure, ms: now() - t0 };
    };
    const violation = checkQueryAnswer(answer);
    if (violation) return grade('error', [], { kind: 'policy', ...violation });

    const datasets: DatasetGrade[] = [];
    for (const ds of spec.datasets) {
      const td = now();
      let db: Database | undefined;
      try {
        db = this.openDataset(spec, ds);
        const expected = this.expected(spec, ds, db);
        const actual = this.runAnswer(db, answer, ds.name);
        const cmp = compareResults(expected, actual, spec.compare);
        const result: DatasetGrade = { name: ds.name, visible: ds.visible, passed: cmp.equal, findings: cmp.findings, ms: 0 };
        if (ds.visible) {
          result.expected = capRows(expected);
          result.actual = capRows(actual);
        }
        // Only the first failing dataset is shrunk: it is the one the feedback is about.
        if (!cmp.equal && spec.counterexample !== false && datasets.every((d) => d.passed)) {
          result.counterexample = this.shrink(db, spec, answer, ds.name, singleRowTables(this, spec));
        }
        result.ms = now() - td;
        datasets.push(result);
        if (!result.passed && spec.stopAtFirstFailure) break;
      } catch (e) {
        if (e instanceof AnswerError) return grade('error', datasets, e.gradeError);
        throw e;
      } finally {
        db?.close();
      }
    }
    // Generated hidden data (generate/queryGeneration.ts), only once every fixed dataset passes.
    if (datasets.every((d) => d.passed)) {
      const generated = generateQueryCases(this, spec, answer, this.clock);
      if (generated.dataset) datasets.push(generated.dataset);
      const g = grade(datasets.every((d) => d.passed) ? 'correct' : 'incorrect', datasets);
      if (generated.summary.cases) g.generation = generated.summary;
      return g;
    }
    return grade('incorrect', datasets);
  }

  /** Runs the answer on one dataset (the sample by default) and returns its result. */
  runQuery(spec: QueryProblemSpec, answer: string, datasetIndex = 0): RunResult {
    const t0 = now();
    const ds = spec.datasets[datasetIndex];
    const base = { problemId: spec.id, dataset: ds?.name ?? '' };
    if (!ds) return { ...base, error: { kind: 'input', message: `no dataset ${datasetIndex}` }, ms: 0 };
    const violation = checkQueryAnswer(answer);
    if (violation) return { ...base, error: { kind: 'policy', ...violation }, ms: now() - t0 };
    let db: Database | undefined;
    try {
      db = this.openDataset(spec, ds);
      return { ...base, result: capRows(this.runAnswer(db, answer, ds.name), RUN_ROWS), ms: now() - t0 };
    } catch (e) {
      if (e instanceof AnswerError) return { ...base, error: e.gradeError, ms: now() - t0 };
      throw e;
    } finally {
      db?.close();
    }
  }

  /** A fresh database with the problem's tables and one dataset loaded. */
  openDataset(spec: { schemaSql: string }, ds: { name: string; sql: string }): Database {
    const db = new this.SQL.Database();
    try {
      // As in the pipeline engine: sql.js keeps the database in an in-memory file system, where a
      // rollback journal costs file operations on every insert of the dataset; nothing needs durability.
      db.run('PRAGMA journal_mode = MEMORY');
      db.run('PRAGMA synchronous = OFF');
      db.run(`PRAGMA max_page_count = ${this.limits.maxPageCount}`);
      db.exec(spec.schemaSql);
    } catch (e) {
      db.close();
      throw contentError('schema.sql does not load', 'schema.sql', spec.schemaSql, e);
    }
    try {
      db.exec(ds.sql);
    } catch (e) {
      db.close();
      throw contentError(`dataset ${ds.name} does not load`, `datasets/${ds.name}.sql`, ds.sql, e);
    }
    return db;
  }

  private expected(spec: QueryProblemSpec, ds: QueryProblemSpec['datasets'][number], db: Database): ResultSet {
    const key = `${spec.id}\u0000${spec.schemaSql}\u0000${ds.sql}\u0000${spec.solutionSql}`;
    const hit = this.expectedCache.get(key);
    if (hit) return hit;
    let result: ResultSet;
    try {
      result = readQuery(db, spec.solutionSql, this.limits);
    } catch (e) {
      throw contentError(`the reference solution fails on dataset ${ds.name}`, 'solution.sql', spec.solutionSql, e);
    }
    if (this.expectedCache.size > 2_000) this.expectedCache.clear();
    this.expectedCache.set(key, result);
    return result;
  }

  /** Runs a query answer read-only; SQL errors become AnswerErrors located in the learner's file. */
  runAnswer(db: Database, answer: string, datasetName: string): ResultSet {
    db.run('PRAGMA query_only = 1');
    this.timer.enter();
    try {
      return readQuery(db, answer, this.limits, (prepared) => {
        // What SQLite actually prepared must be what the policy judged: one read-only query.
        const reason = preparedQueryProblem(prepared);
        if (reason) {
          this.tampered = reason;
          throw new AnswerError({ kind: 'policy', message: reason, line: 1, column: 1 });
        }
      });
    } catch (e) {
      if (e instanceof AnswerError) throw e;
      const message = messageOf(e);
      if (/readonly database/.test(message)) {
        throw new AnswerError({ kind: 'policy', message: 'A query answer must not change the tables: write a SELECT.', line: 1, column: 1 });
      }
      if (/out of memory/.test(message)) {
        throw new AnswerError({ kind: 'limit', message: `The query needed more than ${Math.round(this.limits.maxHeapBytes / 1024 / 1024)} MB of memory and was stopped. Look for a join or recursion that multiplies rows.` });
      }
      if (/database or disk is full/.test(message)) {
        throw new AnswerError({ kind: 'limit', message: 'The query needed more temporary storage than answers are allowed.' });
      }
      // Lexing the answer is needed only to place an error: not on every run (shrinking runs it often).
      const span = splitStatements(answer)[0];
      const loc = locateSqlError(message, answer, span?.start ?? 0, span?.end ?? answer.length);
      throw new AnswerError({ kind: 'sql', message, ...loc, dataset: datasetName });
    } finally {
      this.timer.leave();
      db.run('PRAGMA query_only = 0');
    }
  }

  /**
   * Greedy row removal: drop rows of the hidden dataset one at a time (whole halves first) while
   * the answer and the reference still disagree, so the learner sees a handful of rows instead of
   * the dataset. Rows of `keep` tables (one-row settings tables) stay.
   */
  shrink(db: Database, spec: QueryProblemSpec, answer: string, datasetName: string, keep: ReadonlySet<string> = new Set()): Counterexample | undefined {
    // Bounded by attempts, not time, so a busy machine shows the same counterexample as an idle one.
    const safetyStop = now() + 10 * this.limits.shrinkBudgetMs;
    let attempts = 0;
    const more = () => attempts < this.limits.shrinkAttempts && now() < safetyStop;
    const tables = userTables(db);
    const differs = (): boolean => {
      try {
        const expected = readQuery(db, spec.solutionSql, this.limits);
        const actual = this.runAnswer(db, answer, datasetName);
        return !compareResults(expected, actual, spec.compare).equal;
      } catch {
        return false;
      }
    };
    const tryDelete = (table: string, rowids: SqlValue[]): boolean => {
      attempts++;
      db.run('SAVEPOINT shrink');
      db.run(`DELETE FROM ${quoteIdent(table)} WHERE rowid IN (${rowids.map(String).join(',')})`);
      if (differs()) {
        db.run('RELEASE shrink');
        return true;
      }
      db.run('ROLLBACK TO shrink');
      db.run('RELEASE shrink');
      return false;
    };
    try {
      for (const table of tables.filter((t) => !keep.has(t))) {
        let rowids = db.exec(`SELECT rowid FROM ${quoteIdent(table)}`)[0]?.values.flat() ?? [];
        // Halves first, then smaller chunks, then single rows (a light delta debugging).
        for (let chunk = Math.ceil(rowids.length / 2); chunk >= 1 && more(); chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
          for (let i = 0; i < rowids.length && more(); ) {
            const slice = rowids.slice(i, i + chunk);
            if (tryDelete(table, slice)) rowids = rowids.filter((r) => !slice.includes(r));
            else i += chunk;
          }
        }
      }
    } catch {
      // A table without rowid, say: show what we have.
    }
    try {
      const expected = readQuery(db, spec.solutionSql, this.limits);
      const actual = this.runAnswer(db, answer, datasetName);
      const cmp = compareResults(expected, actual, spec.compare);
      if (cmp.equal) return undefined;
      const snapshots: TableSnapshot[] = tables.map((name) => {
        const r = readQuery(db, `SELECT * FROM ${quoteIdent(name)}`, this.limits);
        return { name, columns: r.columns, rows: r.rows };
      });
      return { tables: snapshots, expected: capRows(expected), actual: capRows(actual), findings: cmp.findings };
    } catch {
      return undefined;
    }
  }
}

export function userTables(db: Database): string[] {
  const r = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
  return (r[0]?.values ?? []).map((v) => String(v[0]));
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Reads one statement's result with prepare/getColumnNames/get (exec drops the column names of an
 * empty result; getAsObject merges duplicate names). Enforces the row and size caps.
 */
export function readQuery(db: Database, sql: string, limits: EngineLimits = DEFAULT_LIMITS, checkPrepared?: (preparedSql: string) => void): ResultSet {
  let stmt: Statement | undefined;
  try {
    stmt = db.prepare(sql);
    checkPrepared?.(stmt.getSQL());
    const columns = stmt.getColumnNames();
    if (columns.length === 0) {
      throw new AnswerError({ kind: 'policy', message: 'The statement returns no columns: a query answer must be a SELECT.', line: 1, column: 1 });
    }
    const rows: SqlValue[][] = [];
    let bytes = 0;
    const getRow = stmt.get.bind(stmt) as unknown as (p: null, c: { useBigInt: boolean }) => SqlValue[];
    while (stmt.step()) {
      const row = getRow(null, { useBigInt: true });
      for (const v of row) bytes += typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.length : 8;
      rows.push(row);
      if (rows.length > limits.maxRows) {
        throw new AnswerError({ kind: 'limit', message: `The query returned more than ${limits.maxRows.toLocaleString('en')} rows; no problem here needs that many. Check the joins.` });
      }
      if (bytes > limits.maxResultBytes) {
        throw new AnswerError({ kind: 'limit', message: `The result grew past ${(limits.maxResultBytes / 1e6).toFixed(0)} MB; no problem here needs that much.` });
      }
    }
    return { columns, rows };
  } finally {
    stmt?.free();
  }
}

/** Rows of a Run result that cross to the front end (the whole result is still capped by maxRows). */
export const RUN_ROWS = 1000;

/** A content file that fails to load or run: named, with the line SQLite's message points at. */
export function contentError(what: string, file: string, text: string, e: unknown): AnswerError {
  const message = messageOf(e);
  const line = errorToken(message) || /incomplete input/.test(message) ? locateSqlError(message, text).line : undefined;
  return new AnswerError({ kind: 'content', message: `${what}: ${message}`, file, ...(line ? { line } : {}) });
}

/** Visible results are shown in full, but a view has to stop somewhere. */
export function capRows(r: ResultSet, max = 200): ResultSet {
  return r.rows.length <= max ? r : { columns: r.columns, rows: r.rows.slice(0, max), truncated: true };
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export type { CompareOptions };
