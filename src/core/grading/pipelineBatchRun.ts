/**
 * Run a pipeline script on any batch of any scenario, as Check would reach it: the script runs on
 * batch 1, 2, … k of the scenario in order, each on the state the previous runs left, and the
 * result is batch k's (the batch, the tables before and after, the rows each statement changed).
 *
 * Built on the engine's one-batch run (`runPipeline`: the first batch of the first scenario): each
 * step is that run on a spec whose only scenario starts from the state the previous step left,
 * written back as INSERTs after the scenario's initial.sql. The script can only change target and
 * writable tables, and those are exactly the tables a run snapshots, so nothing else is lost
 * between steps (temp tables are dropped between runs by Check as well). Pure: no sql.js, no I/O.
 */
import type { PipelineProblemSpec, PipelineRunResult, PipelineScenarioSpec } from './pipelineTypes';
import type { TableSnapshot } from './types';
import type { SqlValue } from './values';

/** 0-based scenario and batch. */
export interface PipelineRunTarget {
  scenario: number;
  batch: number;
}

export type OneBatchRunner = (spec: PipelineProblemSpec, script: string) => Promise<PipelineRunResult>;

export interface PipelineBatchRun extends PipelineRunResult {
  /** The scenario and batch that were asked for (0-based), and how many batches the scenario has. */
  scenarioIndex: number;
  batchIndex: number;
  batchCount: number;
  /** Set when the script stopped on an earlier batch, before reaching the one asked for. */
  stoppedEarly?: boolean;
}

/** A run shows at most this many rows of a table; a larger state cannot be carried to the next batch. */
export const RUN_STATE_ROWS = 200;

export function sqlLiteral(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NULL';
    if (!Number.isFinite(v)) return v > 0 ? '9e999' : '-9e999';
    const s = String(v);
    // Keep a REAL a REAL in a column without REAL affinity.
    return /[.eE]/.test(s) ? s : `${s}.0`;
  }
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return `X'${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}'`;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQL that replaces each table's rows with the snapshot's. */
export function restoreSql(tables: TableSnapshot[]): string {
  return tables
    .map((t) => {
      const del = `DELETE FROM main.${quoteIdent(t.name)};`;
      if (!t.rows.length) return del;
      const cols = t.columns.map(quoteIdent).join(', ');
      const values = t.rows.map((r) => `(${r.map(sqlLiteral).join(', ')})`).join(',\n');
      return `${del}\nINSERT INTO main.${quoteIdent(t.name)} (${cols}) VALUES\n${values};`;
    })
    .join('\n');
}

/** Clamps a requested target into the problem's scenarios and batches. */
export function clampTarget(spec: PipelineProblemSpec, target: Partial<PipelineRunTarget> = {}): PipelineRunTarget {
  const scenario = Math.min(Math.max(0, Math.trunc(target.scenario ?? 0)), Math.max(0, spec.scenarios.length - 1));
  const batches = spec.scenarios[scenario]?.batches.length ?? 0;
  const batch = Math.min(Math.max(0, Math.trunc(target.batch ?? 0)), Math.max(0, batches - 1));
  return { scenario, batch };
}

export async function runPipelineBatch(run: OneBatchRunner, spec: PipelineProblemSpec, script: string, requested: Partial<PipelineRunTarget> = {}): Promise<PipelineBatchRun> {
  const target = clampTarget(spec, requested);
  const sc: PipelineScenarioSpec | undefined = spec.scenarios[target.scenario];
  const info = { scenarioIndex: target.scenario, batchIndex: target.batch, batchCount: sc?.batches.length ?? 0 };
  if (!sc || !sc.batches.length) {
    return { problemId: spec.id, scenario: sc?.name ?? '', batch: '', error: { kind: 'content', message: 'the problem has no batch to run' }, ms: 0, ...info };
  }
  let state: TableSnapshot[] | undefined;
  let ms = 0;
  for (let k = 0; k <= target.batch; k++) {
    const initialSql = state ? `${sc.initialSql}\n;\n${restoreSql(state)}` : sc.initialSql;
    const step: PipelineProblemSpec = { ...spec, scenarios: [{ name: sc.name, visible: true, initialSql, batches: [sc.batches[k]] }] };
    const r = await run(step, script);
    ms += r.ms;
    if (r.error || k === target.batch) return { ...r, ms, ...info, ...(k < target.batch ? { stoppedEarly: true } : {}) };
    const big = (r.after ?? []).find((t) => t.rows.length >= RUN_STATE_ROWS);
    if (big) {
      const message = `${big.name} holds ${RUN_STATE_ROWS} or more rows after ${sc.batches[k].name}: too many to carry to the next batch here. Check still grades every batch.`;
      return { ...r, error: { kind: 'limit', message }, ms, ...info, stoppedEarly: true };
    }
    state = r.after;
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}
