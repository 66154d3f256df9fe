/**
 * What pipeline grading takes and returns: plain data (structured-clone safe, bigint values
 * inside), so the worker, the CLI and the VS Code panels share one shape. A pipeline answer is a
 * script run once per incoming batch; it is graded by the state it leaves in the target tables.
 */
import type { GeneratedOrigin, GenerationOptions, GenerationSummary } from './generate/options';
import type { GradeError, GradeStatus, TableSnapshot } from './types';
import type { SqlValue } from './values';

/** One table the grader compares after every batch. */
export interface PipelineTargetSpec {
  table: string;
  /** Columns compared, in this order; absent: every column of the table except `ignore`. */
  compare?: string[];
  /** Columns never compared (surrogate keys the answer assigns itself). */
  ignore: string[];
  /** Columns that align rows in the diff; absent: the table's primary key (minus ignored columns), else a bag diff. */
  key?: string[];
}

export interface PipelineBatchSpec {
  /** File stem, e.g. "batch-1". */
  name: string;
  /** INSERTs into the batch tables (the grader empties them first). */
  sql: string;
}

export interface PipelineScenarioSpec {
  name: string;
  /** The first scenario is the sample: its batches and states are shown in full. */
  visible: boolean;
  /** Rows present before the first batch (may be empty). */
  initialSql: string;
  batches: PipelineBatchSpec[];
  /** Made by the generator: its reference states are not cached. */
  generated?: boolean;
}

export interface PipelineProblemSpec {
  id: string;
  schemaSql: string;
  scenarios: PipelineScenarioSpec[];
  /** The reference script. */
  solutionSql: string;
  targets: PipelineTargetSpec[];
  /** Tables the answer may write besides the targets (a ledger it keeps). */
  writable: string[];
  /** Tables refilled before every run; the answer must not write them. */
  batchTables: string[];
  /** Run the script twice per batch and require the second run to change nothing. */
  replay: boolean;
  /**
   * Present when the problem demands full-rebuild equality: statements that, run on a database
   * whose batch tables hold every batch delivered so far, return (one SELECT per target, in
   * `targets` order, compared columns only) the state the target must have.
   */
  rebuildSql?: string;
  /** Generated hidden scenarios: budget, seed, the problem's hints. Absent: the default budget. */
  generation?: GenerationOptions;
  /** Stop at the first failing scenario (content validation of known-wrong answers needs only that they fail). */
  stopAtFirstFailure?: boolean;
}

/** One row that differs between the expected and the actual state of a table. */
export interface UpdatedRow {
  /** Values of the key columns. */
  key: SqlValue[];
  /** The compared columns, expected (before = what the reference holds). */
  before: SqlValue[];
  /** The compared columns, as the answer left them. */
  after: SqlValue[];
  /** Names of the compared columns whose values differ. */
  changedColumns: string[];
}

/**
 * The difference between two states of one table, over its compared columns. Read as "what the
 * answer would have to do to reach the expected state" turned around: `inserted` rows are in the
 * answer's table but not expected, `deleted` rows are expected but absent, `updated` rows share a
 * key but differ in other columns. For replay diffs, "before" is the state after the first run
 * and "after" the state after the second.
 */
export interface TableDiff {
  table: string;
  /** Compared columns, in the order of every row below. */
  columns: string[];
  /** The columns rows were aligned by; empty for a bag diff (no key). */
  keyColumns: string[];
  /** Rows present on the "after" side only (first few; see counts). */
  inserted: SqlValue[][];
  /** Rows present on the "before" side only (first few; see counts). */
  deleted: SqlValue[][];
  /** Same key, other values (first few; see counts). */
  updated: UpdatedRow[];
  counts: { inserted: number; deleted: number; updated: number; beforeRows: number; afterRows: number };
}

/** What one statement of the learner's script did on one run. */
export interface StatementEffect {
  /** 0-based index of the statement in the script. */
  statementIndex: number;
  /** 1-based line where the statement starts in the learner's file. */
  line: number;
  /** The statement's first line or so, whitespace collapsed. */
  sqlPreview: string;
  /** sqlite3_changes() after it: rows inserted, updated or deleted (0 for SELECT, CREATE...). */
  rowsChanged: number;
}

export type PipelineCheck = 'state' | 'replay' | 'rebuild' | 'sqlError';

/** How many rows a change inserted, deleted and updated, by the same alignment as TableDiff. */
export type DiffCounts = TableDiff['counts'];

export interface PipelineFailure {
  /** 0-based index into the scenario's batches, and its name. */
  batchIndex: number;
  batch: string;
  /**
   * state: the target differs from the reference's state after this batch;
   * replay: running the script a second time on the same batch changed a table;
   * rebuild: the target differs from a full rebuild from every batch so far;
   * sqlError: the script failed while running on this batch (a constraint, say).
   */
  check: PipelineCheck;
  /** True when the failure happened on the second (replay) run. */
  onReplay?: boolean;
  /** The table that differs (absent for sqlError). */
  table?: string;
  /**
   * state and rebuild: before = expected, after = yours. replay: before = after the first run,
   * after = after the second.
   */
  diff?: TableDiff;
  /**
   * state: what this batch did to the table, for the reference and for the answer (both starting
   * from the same compared state), e.g. "the reference updated 2 rows; yours updated 1".
   */
  changes?: { expected: DiffCounts; actual: DiffCounts };
  /** sqlError: SQLite's message, located in the learner's file. */
  error?: GradeError;
  /**
   * A small counterexample, for hidden scenarios above all: the rows of the batch that concern the
   * keys in the diff (batch tables sharing a key column with the target), and those keys' rows of
   * the target before the batch (compared columns).
   */
  context?: {
    batchRows: TableSnapshot[];
    before?: TableSnapshot;
    /** The columns `batchRows` and `before` were picked by (e.g. customer_id). */
    matchedOn?: string[];
  };
}

export interface BatchOutcome {
  name: string;
  /** Per-statement effects of the first run on this batch. */
  effects: StatementEffect[];
  /** Per-statement effects of the replay (absent when replay is not checked or not reached). */
  replayEffects?: StatementEffect[];
  passed: boolean;
  ms: number;
}

export interface ScenarioGrade {
  name: string;
  visible: boolean;
  passed: boolean;
  /** Batches run, in order, up to and including the first that failed. */
  batches: BatchOutcome[];
  /** Total number of batches in the scenario (batches may stop early). */
  batchCount: number;
  failure?: PipelineFailure;
  /**
   * For a failing visible scenario: the target tables after the failing batch, expected
   * (the reference's) and actual. Capped.
   */
  expected?: TableSnapshot[];
  actual?: TableSnapshot[];
  /** Present when the scenario was generated (mutated from the problem's own), not written by the author. */
  generated?: GeneratedOrigin;
  ms: number;
}

export interface PipelineGrade {
  kind: 'pipeline';
  problemId: string;
  status: GradeStatus;
  error?: GradeError;
  /** Where the error happened (SQL errors and limits are raised on a particular batch). */
  errorAt?: { scenario: string; batch?: string };
  scenarios: ScenarioGrade[];
  /** Index into `scenarios` of the first that failed. */
  firstFailure?: number;
  /** What generated scenarios did once the fixed ones passed (absent when generation did not run). */
  generation?: GenerationSummary;
  ms: number;
}

export interface PipelineRunResult {
  problemId: string;
  /** The sample scenario and its first batch. */
  scenario: string;
  batch: string;
  /** The rows of the batch tables the script saw. */
  batchTables?: TableSnapshot[];
  /** Target (and writable) tables before and after the run. */
  before?: TableSnapshot[];
  after?: TableSnapshot[];
  effects?: StatementEffect[];
  error?: GradeError;
  ms: number;
}
