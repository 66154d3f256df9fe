/** What grading returns: data for each front end to present in its own way. */
import type { CompareOptions, Finding } from './compare';
import type { GeneratedOrigin, GenerationOptions, GenerationSummary } from './generate/options';
import type { ResultSet } from './values';

export type GradeStatus = 'correct' | 'incorrect' | 'error';

export type GradeError =
  /** SQLite rejected the answer; the position is in the learner's file. */
  | { kind: 'sql'; message: string; line: number; column: number; length: number; dataset?: string }
  /** The answer does something answers may not (several statements, ATTACH, writes in a query...). */
  | { kind: 'policy'; message: string; line: number; column: number }
  /** The deadline passed; the worker was stopped and will be restarted. */
  | { kind: 'timeout'; deadlineMs: number }
  /** A result, memory or database-size cap was hit. */
  | { kind: 'limit'; message: string }
  /** The answer file cannot be graded at all (empty, not UTF-8, too big, unknown problem). */
  | { kind: 'input'; message: string }
  /**
   * The problem itself is broken (its reference or a dataset fails): a content bug, not the
   * learner's. `file` is relative to the problem's folder (schema.sql, datasets/02-x.sql,
   * scenarios/01-sample/batch-2.sql, solution.sql, rebuild.sql); `line` where SQLite's message
   * names a token of that file.
   */
  | { kind: 'content'; message: string; file?: string; line?: number }
  | { kind: 'internal'; message: string };

export interface TableSnapshot {
  name: string;
  columns: string[];
  rows: ResultSet['rows'];
}

/** A few rows of a hidden dataset that still tell the answer from the reference. */
export interface Counterexample {
  tables: TableSnapshot[];
  expected: ResultSet;
  actual: ResultSet;
  findings: Finding[];
}

export interface DatasetGrade {
  name: string;
  /** The sample: shown in full. Hidden datasets show only a counterexample. */
  visible: boolean;
  passed: boolean;
  findings: Finding[];
  /** Present for the visible dataset (capped). */
  expected?: ResultSet;
  actual?: ResultSet;
  counterexample?: Counterexample;
  /** Present when this dataset was generated (mutated from the problem's own), not written by the author. */
  generated?: GeneratedOrigin;
  ms: number;
}

export interface QueryGrade {
  kind: 'query';
  problemId: string;
  status: GradeStatus;
  error?: GradeError;
  datasets: DatasetGrade[];
  /** Index into `datasets` of the first that failed. */
  firstFailure?: number;
  /** What generated data did once the fixed datasets passed (absent when it did not run). */
  generation?: GenerationSummary;
  ms: number;
}

export interface QueryProblemSpec {
  id: string;
  schemaSql: string;
  datasets: { name: string; sql: string; visible: boolean }[];
  solutionSql: string;
  compare: CompareOptions;
  /** Generated hidden data: budget, seed, the problem's hints. Absent: the default budget. */
  generation?: GenerationOptions;
  /** False: skip shrinking a failing dataset into a counterexample (content validation needs only the verdict). */
  counterexample?: boolean;
  /** Stop at the first failing dataset (content validation of known-wrong answers needs only that they fail). */
  stopAtFirstFailure?: boolean;
}

export interface RunResult {
  problemId: string;
  dataset: string;
  result?: ResultSet;
  error?: GradeError;
  ms: number;
}

/**
 * Told when the learner's SQL starts and stops running, so that the deadline counts the answer's
 * own execution: never starting the worker, loading sql.js, the reference or the comparison.
 */
export interface AnswerTimer {
  enter(): void;
  leave(): void;
}

export const UNTIMED: AnswerTimer = { enter() {}, leave() {} };

export interface EngineLimits {
  /** Rows an answer may return before the result is cut and refused. */
  maxRows: number;
  /** Approximate bytes of result cells before the result is refused. */
  maxResultBytes: number;
  /** SQLite pages (4 KiB) a database may grow to: caps inserts that never stop. */
  maxPageCount: number;
  /**
   * Milliseconds shrinking a hidden dataset into a counterexample usually takes. A query's shrinking
   * is bounded by `shrinkAttempts`, so the counterexample does not depend on the machine's speed;
   * ten times this is only a safety stop for a starved machine.
   */
  shrinkBudgetMs: number;
  /** Row deletions tried while shrinking a query's counterexample (each runs reference and answer). */
  shrinkAttempts: number;
  /** Bytes SQLite may allocate in the whole worker (hard_heap_limit): caps memory-bomb queries. */
  maxHeapBytes: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxRows: 10_000,
  maxResultBytes: 8_000_000,
  maxPageCount: 16_384,
  shrinkBudgetMs: 300,
  shrinkAttempts: 160,
  maxHeapBytes: 256 * 1024 * 1024,
};
