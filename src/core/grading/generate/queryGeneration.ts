/**
 * Generated hidden data for query problems. Once an answer passes every fixed dataset, the grader
 * mutates the problem's own datasets (mutations.ts) case after case, within a time budget, runs
 * the reference and the answer on each, and stops at the first difference: that dataset is shrunk
 * like any hidden one and reported as generated data, with the seed and case that reproduce it.
 */
import type { Database } from 'sql.js';
import { compareResults } from '../compare';
import type { QueryEngine } from '../queryEngine';
import { readQuery } from '../queryEngine';
import type { DatasetGrade, QueryProblemSpec } from '../types';
import { cloneData, DataLoader, dataToSql, inferKinds, readData, readSchema, type DataSet, type TableInfo } from './dataModel';
import { mergeLiterals, mutationContext } from './context';
import { extractLiterals, type Literals } from './literals';
import { mutate } from './mutations';
import { DEFAULT_GENERATION_BUDGET_MS, caseBudget, type GenerationSummary } from './options';
import { gradeSeed, mulberry32 } from './prng';

interface QueryBase {
  tables: TableInfo[];
  /** The schema declares foreign keys: each case is checked against them. */
  foreignKeys: boolean;
  datasets: { name: string; data: DataSet }[];
  literals: Literals;
}

/** The problem's data read once per content (keyed by everything it depends on). */
const baseCache = new Map<string, QueryBase>();

function queryBase(engine: QueryEngine, spec: QueryProblemSpec): QueryBase {
  const key = [spec.schemaSql, spec.solutionSql, ...spec.datasets.map((d) => d.sql)].join('\u0000');
  const hit = baseCache.get(key);
  if (hit) return hit;
  let tables: TableInfo[] = [];
  let foreignKeys = false;
  const datasets: QueryBase['datasets'] = [];
  for (const ds of spec.datasets) {
    const db = engine.openDataset(spec, ds);
    try {
      if (!tables.length) {
        tables = readSchema(db);
        foreignKeys = tables.some((t) => (db.exec(`SELECT 1 FROM pragma_foreign_key_list('${t.name.replace(/'/g, "''")}')`)[0]?.values.length ?? 0) > 0);
      }
      datasets.push({ name: ds.name, data: readData(db, tables) });
    } finally {
      db.close();
    }
  }
  const base = { tables: inferKinds(tables, datasets.map((d) => d.data)), foreignKeys, datasets, literals: extractLiterals(spec.solutionSql) };
  if (baseCache.size > 200) baseCache.clear();
  baseCache.set(key, base);
  return base;
}

/**
 * The tables that hold one row in every dataset (a `params` table): a counterexample keeps their row,
 * since a case without it is one the statement rules out.
 */
export function singleRowTables(engine: QueryEngine, spec: QueryProblemSpec): ReadonlySet<string> {
  try {
    return singleRowNames(queryBase(engine, spec).tables);
  } catch {
    return new Set();
  }
}

const singleRowNames = (tables: readonly TableInfo[]): ReadonlySet<string> => new Set(tables.filter((t) => t.singleRow).map((t) => t.name));

/**
 * The hints' `unique` columns (`table.column`): a value names one row, so a repeated value must
 * repeat the whole row (an event delivered twice), never carry other values. Across all the parts
 * given (a pipeline's initial state and batches).
 */
export function repeatsAgree(tables: readonly TableInfo[], parts: readonly DataSet[], unique: readonly string[] | undefined): boolean {
  for (const key of unique ?? []) {
    const [table, column] = key.split('.');
    const t = tables.find((x) => x.name === table);
    const i = t?.columns.findIndex((c) => c.name === column) ?? -1;
    if (!t || i < 0) continue;
    const seen = new Map<string, string>();
    for (const part of parts) {
      for (const r of part.get(table) ?? []) {
        const k = `${typeof r[i]}:${String(r[i])}`;
        const whole = r.map((v) => `${typeof v}:${String(v)}`).join('|');
        if (seen.has(k) && seen.get(k) !== whole) return false;
        seen.set(k, whole);
      }
    }
  }
  return true;
}

/** True when the schema declares foreign keys and the data breaks one. */
export function breaksForeignKeys(db: Database): boolean {
  return (db.exec('PRAGMA foreign_key_check')[0]?.values.length ?? 0) > 0;
}

export interface QueryGeneration {
  summary: GenerationSummary;
  /** The failing generated dataset, shrunk; absent when no case told the answer apart. */
  dataset?: DatasetGrade;
}

export function generateQueryCases(engine: QueryEngine, spec: QueryProblemSpec, answer: string, clock: () => number): QueryGeneration {
  const t0 = clock();
  const opts = spec.generation ?? {};
  const budgetMs = opts.budgetMs ?? DEFAULT_GENERATION_BUDGET_MS;
  const seed = opts.seed ?? gradeSeed(spec.id, answer);
  const summary: GenerationSummary = { seed, cases: 0, budgetMs, ms: 0 };
  const plan = caseBudget(budgetMs, 'query', opts.maxCases);
  const done = () => (summary.ms = clock() - t0);
  if ((budgetMs <= 0 && opts.maxCases === undefined) || opts.maxCases === 0 || !spec.datasets.length) return { summary };
  const base = queryBase(engine, spec);
  const literals = mergeLiterals(base.literals, extractLiterals(answer));
  const rng = mulberry32(seed);
  const db = engine.openDataset(spec, { name: 'generated', sql: '' });
  // Every case is written and rolled back: a journal in sql.js's in-memory file system costs file
  // operations on each write (five times slower per case); nothing here needs durability.
  db.run('PRAGMA journal_mode = MEMORY');
  db.run('PRAGMA synchronous = OFF');
  db.run('PRAGMA temp_store = MEMORY');
  const loader = new DataLoader(db, base.tables);
  try {
    for (;;) {
      if (summary.cases >= plan.cases) break;
      if (clock() - t0 >= plan.safetyMs) {
        summary.cut = true;
        break;
      }
      summary.cases++;
      const from = base.datasets[rng.int(base.datasets.length)];
      const data = cloneData(from.data);
      const mutations = mutate(mutationContext(base.tables, data, rng, literals, opts.hints));
      if (!mutations.length || !repeatsAgree(base.tables, [data], opts.hints?.unique)) continue;
      db.run('SAVEPOINT generated');
      let differs = false;
      try {
        // A case the schema rules out (a CHECK, a foreign key, a NOT NULL) is skipped, not graded.
        loader.load(data);
        if (base.foreignKeys && breaksForeignKeys(db)) continue;
        if (opts.hints?.invariants?.some((q) => (db.exec(q)[0]?.values.length ?? 0) > 0)) continue;
        const expected = readQuery(db, spec.solutionSql, engine.limits);
        const actual = engine.runAnswer(db, answer, 'generated');
        differs = !compareResults(expected, actual, spec.compare).equal;
      } catch {
        // The reference or the answer failed on this case (an overflow, a cap): not a verdict.
      } finally {
        if (!differs) {
          db.run('ROLLBACK TO generated');
          db.run('RELEASE generated');
        }
      }
      if (!differs) continue;
      db.run('RELEASE generated');
      const name = `generated-${seed}-${summary.cases}`;
      const cx = engine.shrink(db, spec, answer, name, singleRowNames(base.tables));
      summary.found = {
        seed,
        case: summary.cases,
        base: from.name,
        mutations,
        ...(cx ? { datasetSql: dataToSql(cx.tables, `Generated from ${from.name} (seed ${seed}, case ${summary.cases}), shrunk:\n${mutations.join('\n')}`) } : {}),
      };
      done();
      return {
        summary,
        dataset: { name, visible: false, passed: false, findings: cx?.findings ?? [], ...(cx ? { counterexample: cx } : {}), ms: summary.ms, generated: summary.found },
      };
    }
  } finally {
    loader.dispose();
    db.close();
  }
  done();
  return { summary };
}
