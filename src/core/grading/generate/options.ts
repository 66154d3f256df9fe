/**
 * How generation is asked for and what it reports: plain data, so it travels inside a problem spec
 * to the grading worker and back inside a grade.
 */
import type { TableSnapshot } from '../types';

/** Generated data gets this many milliseconds per Check unless the setting says otherwise. */
export const DEFAULT_GENERATION_BUDGET_MS = 50;

/**
 * The budget is spent as a NUMBER of cases, never by reading the clock: the same answer must get
 * the same verdict on a quiet machine and a busy one. These rates turn milliseconds into cases
 * (measured on this project's 2-core machines, warm: a generated query dataset costs well under
 * 1 ms, a generated pipeline scenario a few ms), so the budget holds on a quiet machine and a busy
 * one only takes longer.
 */
export const CASES_PER_MS = { query: 1, pipeline: 0.1 } as const;

/**
 * A safety stop, far above the budget, for a machine so starved that the cases would hold a Check
 * for seconds: generation then ends early and says so (`GenerationSummary.cut`); only then can the
 * number of cases, and so the verdict, depend on the machine.
 */
export const SAFETY_FACTOR = 40;

/** How many cases a budget buys, and when to stop if the machine is pathologically slow. */
export function caseBudget(budgetMs: number, kind: keyof typeof CASES_PER_MS, maxCases?: number): { cases: number; safetyMs: number } {
  const cases = maxCases ?? Math.max(1, Math.round(budgetMs * CASES_PER_MS[kind]));
  return { cases, safetyMs: budgetMs > 0 ? budgetMs * SAFETY_FACTOR : Number.POSITIVE_INFINITY };
}

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
  /** The budget for generated datasets after the fixed ones pass, in warm milliseconds, spent as a fixed number of cases (caseBudget); 0 turns generation off. */
  budgetMs?: number;
  /** Replaces the seed taken from the problem and the answer (`de-dojo check --seed`). */
  seed?: number;
  /** Exactly this many generated cases (tests, authors), instead of the number the budget buys; with budgetMs 0 there is no safety stop. */
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
  /** Generation stopped at the safety stop before its cases were done (a starved machine). */
  cut?: boolean;
  /** The first generated case that told the answer from the reference. */
  found?: GeneratedOrigin;
}

/** The spec with generation settings from a front end (a setting, a CLI flag) laid over the problem's. */
export function withGeneration<T extends { generation?: GenerationOptions }>(spec: T, options: GenerationOptions): T {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as GenerationOptions;
  return { ...spec, generation: { ...spec.generation, ...set } };
}
