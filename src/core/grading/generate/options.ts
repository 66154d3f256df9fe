/**
 * How generation is asked for and what it reports: plain data, so it travels inside a problem spec
 * to the grading worker and back inside a grade.
 */
import type { TableSnapshot } from '../types';

/** Generated data gets this many milliseconds per Check unless the setting says otherwise. */
export const DEFAULT_GENERATION_BUDGET_MS = 50;

/** An author's hints for a problem whose data mutation alone cannot explore (front matter `generate`). */
export interface GenerationHints {
  /** The only values a column may take: `{"orders.status": ["paid", "refunded"]}`. */
  domains?: Record<string, (string | number | null)[]>;
  /** Only these tables or `table.column`s are changed (default: all). */
  vary?: string[];
  /** Tables or `table.column`s never changed. */
  keep?: string[];
  /**
   * `table.column`s whose value names one row (an event id delivered at least once, a sequence
   * number): a repeated value must repeat the whole row, never carry other values. For pipelines,
   * across the whole scenario (initial state and every batch).
   */
  unique?: string[];
  /**
   * Query problems: SELECTs that return no row on any data the statement allows (a promise that
   * spans tables, which a CHECK cannot say); a generated dataset on which one returns a row is skipped.
   */
  invariants?: string[];
}

export interface GenerationOptions {
  /** Milliseconds spent on generated datasets after the fixed ones pass; 0 turns generation off. */
  budgetMs?: number;
  /** Replaces the seed taken from the problem and the answer (`de-dojo check --seed`). */
  seed?: number;
  /** Stop after this many generated cases (tests, authors); with budgetMs 0 the clock is not read at all. */
  maxCases?: number;
  /** The problem's hints (front matter `generate`). */
  hints?: GenerationHints;
}

/** Where a generated dataset came from: enough to reproduce it with `--seed`. */
export interface GeneratedOrigin {
  seed: number;
  /** 1-based number of the case in the seed's sequence. */
  case: number;
  /** The fixed dataset (or scenario) it was mutated from. */
  base: string;
  /** What the mutations changed, in order. */
  mutations: string[];
  /** The shrunk data as SQL, ready to save as a new hidden dataset (query problems). */
  datasetSql?: string;
  /** Pipelines: the shrunk scenario's files (initial.sql and batch-*.sql). */
  scenarioFiles?: { name: string; sql: string }[];
  /** Pipelines: the shrunk scenario's rows, for display. */
  scenarioTables?: { part: string; tables: TableSnapshot[] }[];
}

/** What generation did on one grade (present whenever it ran). */
export interface GenerationSummary {
  seed: number;
  /** Generated datasets (or scenarios) built and compared. */
  cases: number;
  budgetMs: number;
  ms: number;
  /** The first generated case that told the answer from the reference. */
  found?: GeneratedOrigin;
}

/** The spec with generation settings from a front end (a setting, a CLI flag) laid over the problem's. */
export function withGeneration<T extends { generation?: GenerationOptions }>(spec: T, options: GenerationOptions): T {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as GenerationOptions;
  return { ...spec, generation: { ...spec.generation, ...set } };
}
