/**
 * Generated hidden scenarios for pipeline problems. Once a script passes every fixed scenario, the
 * grader mutates the problem's own scenarios: the rows of a batch (every mutation of mutations.ts),
 * a row moved or copied into a later batch (late and redelivered data), a key that first appears
 * in a later batch, a whole batch delivered again, the stored state's rows in another order. Each
 * case runs like a fixed scenario, replay included; the first that fails is shrunk (batch rows
 * removed while it still fails) and reported as a generated scenario with its seed and case.
 *
 * The state before the first batch (targets and ledgers) is the output of earlier runs, so it is
 * only reordered, never edited: an edited ledger would describe a history no script produced.
 */
import type { PipelineEngine } from '../pipelineEngine';
import type { PipelineProblemSpec, PipelineScenarioSpec, ScenarioGrade } from '../pipelineTypes';
import type { SqlValue } from '../values';
import { mergeLiterals, mutationContext } from './context';
import { cloneData, dataToSql, inferKinds, readData, readSchema, snapshotsOf, type DataSet, type TableInfo } from './dataModel';
import { extractLiterals, type Literals } from './literals';
import { freshInteger, mutateOnce, mutationCount, reorderRows } from './mutations';
import { repeatsAgree } from './queryGeneration';
import { DEFAULT_GENERATION_BUDGET_MS, caseBudget, type GeneratedOrigin, type GenerationSummary } from './options';
import { gradeSeed, mulberry32, type Rng } from './prng';

interface Batch {
  name: string;
  data: DataSet;
}

interface Scenario {
  name: string;
  initial: DataSet;
  batches: Batch[];
}

interface PipelineBase {
  tables: TableInfo[];
  batchTables: TableInfo[];
  stateTables: TableInfo[];
  /** Batch columns a target also has (customer_id): the entity a batch row is about. */
  keyColumns: string[];
  scenarios: Scenario[];
  literals: Literals;
}

const baseCache = new Map<string, PipelineBase>();

function pipelineBase(engine: PipelineEngine, spec: PipelineProblemSpec): PipelineBase {
  const key = [spec.schemaSql, spec.solutionSql, spec.batchTables.join(), ...spec.scenarios.flatMap((s) => [s.initialSql, ...s.batches.map((b) => b.sql)])].join('\u0000');
  const hit = baseCache.get(key);
  if (hit) return hit;
  const db = new engine.SQL.Database();
  try {
    db.exec(spec.schemaSql);
    const raw = readSchema(db);
    const batchRaw = raw.filter((t) => spec.batchTables.includes(t.name));
    const read = (sql: string, tables: TableInfo[]): DataSet => {
      db.run('SAVEPOINT base');
      try {
        if (sql.trim()) db.exec(sql);
        return readData(db, tables);
      } finally {
        db.run('ROLLBACK TO base');
        db.run('RELEASE base');
      }
    };
    const scenarios: Scenario[] = spec.scenarios.map((s) => ({
      name: s.name,
      initial: read(s.initialSql, raw),
      batches: s.batches.map((b) => ({ name: b.name, data: read(b.sql, batchRaw) })),
    }));
    const tables = inferKinds(raw, scenarios.flatMap((s) => [s.initial, ...s.batches.map((b) => b.data)])).map((t) =>
      // One row per batch (a batch_meta table) is judged over the batches alone: the initial state holds none.
      spec.batchTables.includes(t.name) ? { ...t, singleRow: scenarios.every((s) => s.batches.every((b) => b.data.get(t.name)?.length === 1)) } : t,
    );
    const targets = spec.targets.map((t) => t.table);
    const stateNames = [...targets, ...spec.writable];
    const targetColumns = new Set(tables.filter((t) => targets.includes(t.name)).flatMap((t) => t.columns.map((c) => c.name)));
    const batchTables = tables.filter((t) => spec.batchTables.includes(t.name));
    const base: PipelineBase = {
      tables,
      batchTables,
      stateTables: tables.filter((t) => stateNames.includes(t.name)),
      keyColumns: [...new Set(batchTables.flatMap((t) => t.columns.filter((c) => targetColumns.has(c.name) && !c.integerPk).map((c) => c.name)))],
      scenarios,
      literals: extractLiterals(spec.solutionSql),
    };
    if (baseCache.size > 200) baseCache.clear();
    baseCache.set(key, base);
    return base;
  } finally {
    db.close();
  }
}

type ScenarioMutation = (s: Scenario, base: PipelineBase, rng: Rng, literals: Literals, spec: PipelineProblemSpec) => string | undefined;

/** A mutation of one batch's rows (any of mutations.ts). */
const inBatch: ScenarioMutation = (s, base, rng, literals, spec) => {
  const b = rng.pick(s.batches)!;
  const what = mutateOnce(mutationContext(base.batchTables, b.data, rng, literals, spec.generation?.hints));
  return what && `${b.name}: ${what}`;
};

function randomBatchRow(s: Scenario, base: PipelineBase, rng: Rng, from: number): { table: TableInfo; row: SqlValue[] } | undefined {
  const b = s.batches[from];
  const table = rng.pick(base.batchTables.filter((t) => !t.singleRow && (b.data.get(t.name)?.length ?? 0) > 0));
  if (!table) return undefined;
  const rows = b.data.get(table.name)!;
  return { table, row: rows[rng.int(rows.length)] };
}

const sameRow = (a: SqlValue[], b: SqlValue[]) => a.length === b.length && a.every((v, i) => String(v) === String(b[i]) && typeof v === typeof b[i]);

/**
 * A table with a column the hints keep (a snapshot date) says something about its whole batch:
 * its rows do not travel to another batch.
 */
function pinnedToBatch(spec: PipelineProblemSpec, table: string): boolean {
  return (spec.generation?.hints?.keep ?? []).some((k) => k === table || k.startsWith(`${table}.`));
}

/** A row of a batch that arrives (again, or only) in a later batch: late and redelivered data. */
function laterBatch(move: boolean): ScenarioMutation {
  return (s, base, rng, _literals, spec) => {
    if (s.batches.length < 2) return undefined;
    const from = rng.int(s.batches.length - 1);
    const to = from + 1 + rng.int(s.batches.length - from - 1);
    const picked = randomBatchRow(s, base, rng, from);
    if (!picked || pinnedToBatch(spec, picked.table.name)) return undefined;
    const target = s.batches[to].data.get(picked.table.name)!;
    if (target.some((r) => sameRow(r, picked.row))) return undefined;
    target.splice(rng.int(target.length + 1), 0, [...picked.row]);
    if (move) {
      const source = s.batches[from].data.get(picked.table.name)!;
      source.splice(source.indexOf(picked.row), 1);
    }
    return `a ${picked.table.name} row of ${s.batches[from].name} ${move ? 'moved to' : 'delivered again in'} ${s.batches[to].name}`;
  };
}

/** A new entity (a customer never seen) whose first row arrives in a later batch. */
const newKeyLater: ScenarioMutation = (s, base, rng) => {
  const k = s.batches.length > 1 ? 1 + rng.int(s.batches.length - 1) : 0;
  const picked = randomBatchRow(s, base, rng, k);
  if (!picked) return undefined;
  const { table } = picked;
  const row = [...picked.row];
  const all = (col: string) => [
    ...s.batches.flatMap((b) => base.batchTables.flatMap((t) => (b.data.get(t.name) ?? []).map((r) => r[t.columns.findIndex((c) => c.name === col)]))),
    ...base.stateTables.flatMap((t) => (s.initial.get(t.name) ?? []).map((r) => r[t.columns.findIndex((c) => c.name === col)])),
  ];
  const changed: string[] = [];
  table.columns.forEach((c, i) => {
    if (c.kind === 'integer' && (base.keyColumns.includes(c.name) || c.unique || c.pk)) {
      row[i] = freshInteger(all(c.name), rng);
      changed.push(`${c.name} ${row[i]}`);
    }
  });
  if (!changed.length) return undefined;
  const rows = s.batches[k].data.get(table.name)!;
  rows.splice(rng.int(rows.length + 1), 0, row);
  return `${s.batches[k].name}: a ${table.name} row for a new key (${changed.join(', ')})`;
};

const redeliverBatch: ScenarioMutation = (s, base, rng, _literals, spec) => {
  if (base.batchTables.some((t) => pinnedToBatch(spec, t.name))) return undefined;
  const b = rng.pick(s.batches)!;
  const name = `batch-${s.batches.length + 1}`;
  s.batches.push({ name, data: cloneData(b.data) });
  return `${b.name} delivered again as ${name}`;
};

const reorderState: ScenarioMutation = (s, base, rng, literals) => {
  const tables = base.stateTables.filter((t) => (s.initial.get(t.name)?.length ?? 0) > 1);
  if (!tables.length) return undefined;
  const what = reorderRows(mutationContext(tables, s.initial, rng, literals, undefined));
  return what && `initial: ${what}`;
};

const SCENARIO_MUTATIONS: ScenarioMutation[] = [
  ...Array<ScenarioMutation>(6).fill(inBatch),
  laterBatch(true),
  laterBatch(true),
  laterBatch(false),
  laterBatch(false),
  newKeyLater,
  newKeyLater,
  redeliverBatch,
  reorderState,
];

function cloneScenario(s: Scenario): Scenario {
  return { name: s.name, initial: cloneData(s.initial), batches: s.batches.map((b) => ({ name: b.name, data: cloneData(b.data) })) };
}

function toSpec(base: PipelineBase, s: Scenario, name: string): PipelineScenarioSpec {
  return {
    name,
    visible: false,
    generated: true,
    initialSql: dataToSql(snapshotsOf(base.tables, s.initial)),
    batches: s.batches.map((b) => ({ name: b.name, sql: dataToSql(snapshotsOf(base.batchTables, b.data)) })),
  };
}

export interface PipelineGeneration {
  summary: GenerationSummary;
  scenario?: ScenarioGrade;
}

export function generatePipelineCases(engine: PipelineEngine, spec: PipelineProblemSpec, answer: string, clock: () => number): PipelineGeneration {
  const t0 = clock();
  const opts = spec.generation ?? {};
  const budgetMs = opts.budgetMs ?? DEFAULT_GENERATION_BUDGET_MS;
  const seed = opts.seed ?? gradeSeed(spec.id, answer);
  const summary: GenerationSummary = { seed, cases: 0, budgetMs, ms: 0 };
  const plan = caseBudget(budgetMs, 'pipeline', opts.maxCases);
  if ((budgetMs <= 0 && opts.maxCases === undefined) || opts.maxCases === 0 || !spec.scenarios.length) return { summary };
  const base = pipelineBase(engine, spec);
  const literals = mergeLiterals(base.literals, extractLiterals(answer));
  const rng = mulberry32(seed);
  for (;;) {
    if (summary.cases >= plan.cases) break;
    if (clock() - t0 >= plan.safetyMs) {
      summary.cut = true;
      break;
    }
    summary.cases++;
    const from = rng.pick(base.scenarios)!;
    const s = cloneScenario(from);
    const mutations: string[] = [];
    const count = mutationCount({ rng });
    for (let attempt = 0; attempt < count * 3 && mutations.length < count; attempt++) {
      const what = rng.pick(SCENARIO_MUTATIONS)!(s, base, rng, literals, spec);
      if (what) mutations.push(what);
    }
    // A batch that breaks the schema fails when the reference loads it (the case is skipped); the
    // initial state is only reordered, so its foreign keys hold. The hints' unique columns span the scenario.
    if (!mutations.length || !repeatsAgree(base.tables, [s.initial, ...s.batches.map((b) => b.data)], spec.generation?.hints?.unique)) continue;
    const name = `generated-${seed}-${summary.cases}`;
    const g = engine.gradeExtraScenario(spec, toSpec(base, s, name), answer);
    if (!g || g.passed) continue;
    const shrunk = shrinkScenario(engine, spec, base, s, name, answer, g, clock);
    const origin: GeneratedOrigin = {
      seed,
      case: summary.cases,
      base: from.name,
      mutations,
      scenarioFiles: [
        { name: 'initial', sql: dataToSql(snapshotsOf(base.tables, shrunk.scenario.initial)) },
        ...shrunk.scenario.batches.map((b) => ({ name: b.name, sql: dataToSql(snapshotsOf(base.batchTables, b.data)) })),
      ],
      scenarioTables: shrunk.scenario.batches.map((b) => ({ part: b.name, tables: snapshotsOf(base.batchTables, b.data) })),
    };
    summary.found = origin;
    summary.ms = clock() - t0;
    return { summary, scenario: { ...shrunk.grade, generated: origin } };
  }
  summary.ms = clock() - t0;
  return { summary };
}

/** Greedy removal of batch rows (halves first), and of the batches after the failing one, while it still fails. */
function shrinkScenario(
  engine: PipelineEngine,
  spec: PipelineProblemSpec,
  base: PipelineBase,
  start: Scenario,
  name: string,
  answer: string,
  grade: ScenarioGrade,
  clock: () => number,
): { scenario: Scenario; grade: ScenarioGrade } {
  const deadline = clock() + engine.limits.shrinkBudgetMs;
  let best = cloneScenario(start);
  let bestGrade = grade;
  const attempt = (candidate: Scenario): boolean => {
    const g = engine.gradeExtraScenario(spec, toSpec(base, candidate, name), answer);
    if (!g || g.passed) return false;
    best = candidate;
    bestGrade = g;
    return true;
  };
  const failedAt = bestGrade.failure?.batchIndex;
  if (failedAt !== undefined && failedAt < best.batches.length - 1) {
    const cut = cloneScenario(best);
    cut.batches = cut.batches.slice(0, failedAt + 1);
    attempt(cut);
  }
  for (let k = 0; k < best.batches.length && clock() < deadline; k++) {
    for (const t of base.batchTables.filter((x) => !x.singleRow)) {
      let n = best.batches[k].data.get(t.name)?.length ?? 0;
      for (let chunk = Math.ceil(n / 2); chunk >= 1 && clock() < deadline; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
        for (let i = 0; i < n && clock() < deadline; ) {
          const candidate = cloneScenario(best);
          candidate.batches[k].data.get(t.name)!.splice(i, chunk);
          if (attempt(candidate)) n = best.batches[k].data.get(t.name)!.length;
          else i += chunk;
        }
      }
    }
  }
  return { scenario: best, grade: bestGrade };
}
