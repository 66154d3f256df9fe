// The generator of hidden data (src/core/grading/generate/): each mutation, the schema's
// constraints, determinism, the budget (a fake clock), shrinking, the pipeline path and the
// authors' check.
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/core/content/diagnostics';
import type { Problem, QueryProblemFiles } from '../../src/core/content/model';
import { mutationContext } from '../../src/core/grading/generate/context';
import { inferKinds, readData, readSchema, type DataSet, type TableInfo } from '../../src/core/grading/generate/dataModel';
import { extractLiterals } from '../../src/core/grading/generate/literals';
import { MUTATIONS, type MutationName } from '../../src/core/grading/generate/mutations';
import { gradeSeed, mulberry32 } from '../../src/core/grading/generate/prng';
import { parseTime } from '../../src/core/grading/generate/time';
import { generatedDataCheck } from '../../src/core/grading/generate/validateGenerated';
import { PipelineEngine } from '../../src/core/grading/pipelineEngine';
import type { PipelineProblemSpec } from '../../src/core/grading/pipelineTypes';
import { QueryEngine } from '../../src/core/grading/queryEngine';
import type { QueryProblemSpec } from '../../src/core/grading/types';
import type { SqlValue } from '../../src/core/grading/values';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
});

const SCHEMA = `CREATE TABLE events (
  event_id INTEGER PRIMARY KEY,
  user_id  INTEGER NOT NULL,
  ts       TEXT NOT NULL,
  label    TEXT,
  amount   INTEGER NOT NULL
);`;
const ROWS = `INSERT INTO events VALUES
  (1, 10, '2024-03-01 09:00:00', 'a', 5),
  (2, 10, '2024-03-01 09:20:00', 'b', 7),
  (3, 11, '2024-03-02 10:00:00', NULL, 3),
  (4, 12, '2024-03-03 23:00:00', 'c', 9);`;

/** The tables and rows of SCHEMA + ROWS, as mutations see them. */
function loaded(): { tables: TableInfo[]; data: DataSet } {
  const db = new SQL.Database();
  db.exec(SCHEMA + ROWS);
  const raw = readSchema(db);
  const data = readData(db, raw);
  db.close();
  return { tables: inferKinds(raw, [data]), data };
}

/** Applies one mutation with successive seeds until it changes something; returns before and after. */
function apply(name: MutationName, literals = extractLiterals("SELECT 'Unknown', 1800")): { before: SqlValue[][]; after: SqlValue[][]; what: string; tables: TableInfo[] } {
  for (let seed = 1; seed < 200; seed++) {
    const { tables, data } = loaded();
    const before = data.get('events')!.map((r) => [...r]);
    const what = MUTATIONS[name](mutationContext(tables, data, mulberry32(seed), literals, undefined));
    if (what) return { before, after: data.get('events')!, what, tables };
  }
  throw new Error(`${name} never applied`);
}

const col = (name: string) => ['event_id', 'user_id', 'ts', 'label', 'amount'].indexOf(name);
const changedCells = (before: SqlValue[][], after: SqlValue[][]) =>
  before.flatMap((r, i) => r.map((v, j) => ({ i, j, from: v, to: after[i][j] })).filter((c) => String(c.from) !== String(c.to) || typeof c.from !== typeof c.to));

describe('mutations', () => {
  it('reads the schema: keys, NOT NULL, and time columns from the data', () => {
    const { tables } = loaded();
    const cols = Object.fromEntries(tables[0].columns.map((c) => [c.name, c]));
    expect(cols.event_id).toMatchObject({ integerPk: true, unique: true });
    expect(cols.user_id).toMatchObject({ notNull: true, kind: 'integer', unique: false });
    expect(cols.ts.kind).toBe('timestamp');
    expect(cols.label).toMatchObject({ notNull: false, kind: 'text' });
  });

  it('duplicateRow adds a copy under a new key', () => {
    const { before, after } = apply('duplicateRow');
    expect(after.length).toBe(before.length + 1);
    const ids = after.map((r) => String(r[col('event_id')]));
    expect(new Set(ids).size).toBe(ids.length);
    const copy = after.find((r) => !before.some((b) => String(b[0]) === String(r[0])))!;
    // The copy matches some original everywhere but its key and at most one other column.
    expect(before.some((b) => b.filter((v, j) => j !== 0 && String(v) !== String(copy[j])).length <= 1)).toBe(true);
  });

  it('tieValue copies a value another row already has', () => {
    const { before, after } = apply('tieValue');
    const [c] = changedCells(before, after);
    expect(c).toBeDefined();
    expect(before.some((r, i) => i !== c.i && String(r[c.j]) === String(c.to)) || c.j === col('ts')).toBe(true);
  });

  it('nullValue NULLs only nullable columns', () => {
    for (let seed = 1; seed < 60; seed++) {
      const { tables, data } = loaded();
      const before = data.get('events')!.map((r) => [...r]);
      MUTATIONS.nullValue(mutationContext(tables, data, mulberry32(seed), extractLiterals(''), undefined));
      for (const c of changedCells(before, data.get('events')!)) {
        expect(c.to).toBeNull();
        expect(c.j).toBe(col('label'));
      }
    }
  });

  it('shiftTime moves a timestamp and keeps its format', () => {
    const { before, after } = apply('shiftTime');
    const [c] = changedCells(before, after);
    expect(c.j).toBe(col('ts'));
    expect(parseTime(c.to as string)).toBeDefined();
  });

  it('relativeTime sets a time a span of the SQL (± 1 s) or nothing away from another time', () => {
    const { what } = apply('relativeTime');
    const delta = Math.abs(Number(/\(([+-]?\d+) s from/.exec(what)![1]));
    const spans = [0, 1800, 60, 30, 108000];
    expect(spans.some((span) => [-1, 0, 1, 30, 59, -59].some((d) => Math.abs(span + d) === delta))).toBe(true);
  });

  it('shiftAllTimes moves every time by the same amount (the gaps stay)', () => {
    const { before, after } = apply('shiftAllTimes');
    const gaps = (rows: SqlValue[][]) => rows.map((r) => parseTime(r[col('ts')] as string)! - parseTime(rows[0][col('ts')] as string)!);
    expect(gaps(after)).toEqual(gaps(before));
    expect(after[0][col('ts')]).not.toBe(before[0][col('ts')]);
  });

  it('scaleNumber and zeroNumber change a number that is not a key', () => {
    const scaled = apply('scaleNumber');
    expect(changedCells(scaled.before, scaled.after).map((c) => c.j)).toEqual([col('amount')]);
    const zeroed = apply('zeroNumber');
    expect(changedCells(zeroed.before, zeroed.after).map((c) => c.to)).toEqual([0n]);
  });

  it('reorderRows keeps the rows (or hands the ids out in another order)', () => {
    for (let seed = 1; seed < 30; seed++) {
      const { tables, data } = loaded();
      const before = data.get('events')!.map((r) => [...r]);
      if (!MUTATIONS.reorderRows(mutationContext(tables, data, mulberry32(seed), extractLiterals(''), undefined))) continue;
      const after = data.get('events')!;
      const rest = (rows: SqlValue[][]) => rows.map((r) => r.slice(1).map(String).join('|')).sort();
      expect(rest(after)).toEqual(rest(before));
      expect(after.map((r) => String(r[0])).sort()).toEqual(before.map((r) => String(r[0])).sort());
    }
  });

  it('useLiteral puts a literal of the SQL into a column of its type', () => {
    const { before, after } = apply('useLiteral');
    const [c] = changedCells(before, after);
    expect(['Unknown', 1800n, 0n, 1n, -1n].map(String)).toContain(String(c.to));
  });

  it('freshKey takes a value no row has', () => {
    const { before, after } = apply('freshKey');
    const [c] = changedCells(before, after);
    expect(before.map((r) => String(r[c.j]))).not.toContain(String(c.to));
  });

  it('editText changes text only in case or spaces, or to another row\'s text', () => {
    const { before, after } = apply('editText');
    const [c] = changedCells(before, after);
    const from = String(c.from);
    const to = String(c.to);
    expect(to.trim().toLowerCase() === from.toLowerCase() || before.some((r) => r[c.j] === to)).toBe(true);
  });

  it('deleteRow removes one row', () => {
    const { before, after } = apply('deleteRow');
    expect(after.length).toBe(before.length - 1);
  });

  it('reads literals and time spans from SQL, not from comments or format strings', () => {
    const l = extractLiterals("-- 'comment' 77\nSELECT COALESCE(g, 'Unknown'), strftime('%Y', t), datetime(t, '-10 minutes') FROM x WHERE gap > 1800 AND t2");
    expect(l.values).toContain('Unknown');
    expect(l.values).toContain(1800n);
    expect(l.values).not.toContain('comment');
    expect(l.values).not.toContain(77n);
    expect(l.values).not.toContain('%Y');
    expect(l.values).not.toContain(2n);
    expect(l.seconds).toContain(600);
    expect(l.seconds).toContain(1800);
  });
});

const spec = (over: Partial<QueryProblemSpec> = {}): QueryProblemSpec => ({
  id: 'amounts',
  schemaSql: SCHEMA,
  datasets: [{ name: 'sample', visible: true, sql: ROWS }],
  solutionSql: 'SELECT user_id, SUM(amount) FROM events GROUP BY user_id',
  compare: {},
  generation: { budgetMs: 0, maxCases: 500 },
  ...over,
});

describe('generated datasets for query problems', () => {
  it('finds what the fixed dataset misses, and labels it as generated data with its seed and case', () => {
    // SUM(DISTINCT) equals SUM on the sample (no user has two equal amounts).
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id');
    expect(g.status).toBe('incorrect');
    expect(g.datasets[0].passed).toBe(true);
    const failed = g.datasets[g.firstFailure!];
    expect(failed.generated).toMatchObject({ seed: gradeSeed('amounts', 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id'), base: 'sample' });
    expect(failed.generated!.mutations.length).toBeGreaterThan(0);
    expect(g.generation?.found).toEqual(failed.generated);
  });

  it('shrinks a generated case to the few rows that still differ (never the whole dataset)', () => {
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id');
    const cx = g.datasets[g.firstFailure!].counterexample!;
    const rows = cx.tables.find((t) => t.name === 'events')!.rows;
    // Two rows of one user with the same amount are all it takes.
    expect(rows.length).toBe(2);
    expect(String(rows[0][col('user_id')])).toBe(String(rows[1][col('user_id')]));
    expect(String(rows[0][col('amount')])).toBe(String(rows[1][col('amount')]));
    expect(g.datasets[g.firstFailure!].generated!.datasetSql).toMatch(/^-- Generated from sample \(seed \d+, case \d+\), shrunk:/);
    expect(g.datasets[g.firstFailure!].generated!.datasetSql).toContain('INSERT INTO events');
  });

  it('is deterministic: the same answer meets the same cases; --seed replays one; another text, another seed', () => {
    const answer = 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id';
    const a = new QueryEngine(SQL).gradeQuery(spec(), answer).generation!.found!;
    const b = new QueryEngine(SQL).gradeQuery(spec(), answer).generation!.found!;
    expect(b).toEqual(a);
    const other = new QueryEngine(SQL).gradeQuery(spec(), `${answer} `).generation!;
    expect(other.seed).not.toBe(a.seed);
    const replay = new QueryEngine(SQL).gradeQuery(spec({ generation: { budgetMs: 0, maxCases: 500, seed: a.seed } }), `${answer} `).generation!.found!;
    expect({ case: replay.case, mutations: replay.mutations }).toEqual({ case: a.case, mutations: a.mutations });
  });

  it('skips a case that breaks a CHECK constraint: the statement rules it out', () => {
    // ABS only matters for negative amounts; the CHECK says there are none.
    const abs = 'SELECT user_id, SUM(ABS(amount)) FROM events GROUP BY user_id';
    const open = new QueryEngine(SQL).gradeQuery(spec(), abs);
    expect(open.status).toBe('incorrect');
    const checked = new QueryEngine(SQL).gradeQuery(spec({ schemaSql: SCHEMA.replace('amount   INTEGER NOT NULL', 'amount   INTEGER NOT NULL CHECK (amount >= 0)') }), abs);
    expect(checked.status).toBe('correct');
    expect(checked.generation?.cases).toBe(500);
  });

  it('skips a case that breaks a foreign key', () => {
    const schema = `CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (user_id), amount INTEGER NOT NULL);`;
    const data = "INSERT INTO users VALUES (1, 'ann'), (2, 'bo'); INSERT INTO orders VALUES (10, 1, 5), (11, 2, 7), (12, 1, 1);";
    const s = spec({ schemaSql: schema, datasets: [{ name: 'sample', visible: true, sql: data }], solutionSql: 'SELECT o.order_id, u.name FROM orders o LEFT JOIN users u USING (user_id)' });
    // An inner join loses only orders whose user does not exist: the foreign key says there are none.
    const g = new QueryEngine(SQL).gradeQuery(s, 'SELECT o.order_id, u.name FROM orders o JOIN users u USING (user_id)');
    expect(g.status).toBe('correct');
    const loose = new QueryEngine(SQL).gradeQuery({ ...s, schemaSql: schema.replace(' REFERENCES users (user_id)', '') }, 'SELECT o.order_id, u.name FROM orders o JOIN users u USING (user_id)');
    expect(loose.status).toBe('incorrect');
  });

  it('honours hints: kept columns never change, domains bound the values', () => {
    const sum = 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id';
    const kept = new QueryEngine(SQL).gradeQuery(spec({ generation: { budgetMs: 0, maxCases: 300, hints: { keep: ['events.amount', 'events.user_id'], vary: ['events'] } } }), sum);
    // With amounts and users fixed, only a copied row could make a tie: its copy is a tie, found.
    const found = kept.generation?.found;
    if (found) for (const m of found.mutations) expect(m).not.toMatch(/events\.(amount|user_id) /);
    const domain = new QueryEngine(SQL).gradeQuery(spec({ generation: { budgetMs: 0, maxCases: 300, hints: { domains: { 'events.label': ['x', 'y'] } } } }), "SELECT user_id, SUM(amount) FROM events WHERE label IS NOT 'z' GROUP BY user_id");
    expect(domain.status).toBe('correct');
  });

  it('honours the unique and invariants hints: promises a CHECK cannot state', () => {
    // A label is per user (same user, same label, or none): only then is MIN(label) per user the label.
    const perUser = 'SELECT user_id, MIN(label), SUM(amount) FROM events GROUP BY user_id';
    const byLabel = 'SELECT user_id, MAX(label), SUM(amount) FROM events GROUP BY user_id';
    const rows = `INSERT INTO events VALUES (1, 10, '2024-03-01 09:00:00', 'a', 5), (2, 10, '2024-03-01 09:20:00', 'a', 7), (3, 11, '2024-03-02 10:00:00', 'b', 3);`;
    const base = spec({ datasets: [{ name: 'sample', visible: true, sql: rows }], solutionSql: perUser });
    expect(new QueryEngine(SQL).gradeQuery(base, byLabel).status).toBe('incorrect');
    const invariant = "SELECT 1 FROM events a JOIN events b ON a.user_id = b.user_id AND a.label IS NOT b.label";
    const promised = new QueryEngine(SQL).gradeQuery({ ...base, generation: { budgetMs: 0, maxCases: 400, hints: { invariants: [invariant] } } }, byLabel);
    expect(promised.status).toBe('correct');
    // unique: an event_id delivered twice repeats its whole row.
    const events = spec({
      schemaSql: 'CREATE TABLE ev (event_id INTEGER NOT NULL, amount INTEGER NOT NULL);',
      datasets: [{ name: 'sample', visible: true, sql: 'INSERT INTO ev VALUES (1, 5), (2, 7), (2, 7);' }],
      solutionSql: 'SELECT SUM(amount) FROM (SELECT DISTINCT event_id, amount FROM ev)',
    });
    const perId = 'SELECT SUM(amount) FROM (SELECT event_id, MIN(amount) AS amount FROM ev GROUP BY event_id)';
    expect(new QueryEngine(SQL).gradeQuery(events, perId).status).toBe('incorrect');
    expect(new QueryEngine(SQL).gradeQuery({ ...events, generation: { budgetMs: 0, maxCases: 400, hints: { unique: ['ev.event_id'] } } }, perId).status).toBe('correct');
  });

  it('keeps a table that holds one row in every dataset (a params table) at one row, in cases and in counterexamples', () => {
    // The statement says params has one row; an answer that cross-joins it is right, one that reads
    // it through a scalar subquery is right too. Copies or deletions of the params row would tell
    // them apart on data the statement rules out.
    const schemaSql = `${SCHEMA}\nCREATE TABLE params (min_amount INTEGER NOT NULL);`;
    const datasets = [
      { name: 'sample', visible: true, sql: `${ROWS}\nINSERT INTO params VALUES (5);` },
      { name: 'hidden', visible: false, sql: `${ROWS}\nINSERT INTO params VALUES (8);` },
    ];
    const scalar = 'SELECT event_id FROM events WHERE amount >= (SELECT min_amount FROM params) ORDER BY event_id';
    const crossJoin = 'SELECT e.event_id FROM events e, params p WHERE e.amount >= p.min_amount ORDER BY e.event_id';
    const s = spec({ schemaSql, datasets, solutionSql: scalar, generation: { budgetMs: 0, maxCases: 600 } });
    expect(new QueryEngine(SQL).gradeQuery(s, crossJoin).status).toBe('correct');
    // The table is recognised from the data, and other tables still change size.
    const db = new SQL.Database();
    db.exec(schemaSql + ROWS + 'INSERT INTO params VALUES (5);');
    const raw = readSchema(db);
    const tables = inferKinds(raw, [readData(db, raw)]);
    db.close();
    expect(tables.find((t) => t.name === 'params')?.singleRow).toBe(true);
    expect(tables.find((t) => t.name === 'events')?.singleRow).toBe(false);
    // A wrong answer's counterexample still shows the params row it was graded with.
    const g = new QueryEngine(SQL).gradeQuery(s, 'SELECT event_id FROM events WHERE amount > (SELECT min_amount FROM params) ORDER BY event_id');
    expect(g.status).toBe('incorrect');
    const cx = g.datasets[g.firstFailure!].counterexample!;
    expect(cx.tables.find((t) => t.name === 'params')?.rows.length).toBe(1);
  });

  it('spends the budget as a number of cases, whatever the clock says: the verdict never depends on machine speed', () => {
    const fast = new QueryEngine(SQL);
    let t = 0;
    fast.clock = () => (t += 0.001);
    const slow = new QueryEngine(SQL);
    let u = 0;
    slow.clock = () => (u += 10);
    // 50 ms buy 50 query cases (CASES_PER_MS.query = 1) on a quick clock and on one 10,000x slower.
    const a = fast.gradeQuery(spec({ generation: { budgetMs: 50 } }), spec().solutionSql);
    const b = slow.gradeQuery(spec({ generation: { budgetMs: 50 } }), spec().solutionSql);
    expect(a.status).toBe('correct');
    expect(a.generation).toMatchObject({ cases: 50, budgetMs: 50 });
    expect(b.generation).toMatchObject({ cases: 50 });
    expect(b.generation?.cut).toBeUndefined();
    expect(fast.gradeQuery(spec({ generation: { budgetMs: 100 } }), spec().solutionSql).generation?.cases).toBe(100);
    expect(fast.gradeQuery(spec({ generation: { budgetMs: 0 } }), spec().solutionSql).generation).toBeUndefined();
  });

  it('stops at the safety stop (40x the budget) on a starved machine, and says so', () => {
    const engine = new QueryEngine(SQL);
    let t = 0;
    engine.clock = () => (t += 500);
    const g = engine.gradeQuery(spec({ generation: { budgetMs: 50 } }), spec().solutionSql);
    expect(g.generation?.cut).toBe(true);
    expect(g.generation!.cases).toBeLessThan(50);
  });

  it('runs only when every fixed dataset passes', () => {
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'SELECT user_id, COUNT(*) FROM events GROUP BY user_id');
    expect(g.status).toBe('incorrect');
    expect(g.generation).toBeUndefined();
    expect(g.datasets.every((d) => !d.generated)).toBe(true);
  });
});

const PIPE_SCHEMA = `CREATE TABLE totals (k TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE seen (id INTEGER PRIMARY KEY);
CREATE TABLE batch (id INTEGER PRIMARY KEY, k TEXT NOT NULL, v INTEGER NOT NULL);`;
const countNew = `INSERT INTO totals (k, n) SELECT k, COUNT(*) FROM batch WHERE id NOT IN (SELECT id FROM seen) GROUP BY k
ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;`;
const pipeSpec = (over: Partial<PipelineProblemSpec> = {}): PipelineProblemSpec => ({
  id: 'counts',
  schemaSql: PIPE_SCHEMA,
  scenarios: [
    {
      name: 'sample',
      visible: true,
      initialSql: '',
      batches: [
        { name: 'batch-1', sql: "INSERT INTO batch VALUES (1, 'a', 5), (2, 'b', 1);" },
        { name: 'batch-2', sql: "INSERT INTO batch VALUES (2, 'b', 1), (3, 'a', 2);" },
      ],
    },
  ],
  solutionSql: `${countNew}\nINSERT INTO seen (id) SELECT id FROM batch WHERE id NOT IN (SELECT id FROM seen);`,
  targets: [{ table: 'totals', ignore: [] }],
  writable: ['seen'],
  batchTables: ['batch'],
  replay: true,
  generation: { budgetMs: 0, maxCases: 400, hints: { unique: ['batch.id'] } },
  ...over,
});

describe('generated scenarios for pipeline problems', () => {
  it('replays generated batches too: a ledger that skips zero-valued rows counts them again', () => {
    const answer = `${countNew}\nINSERT INTO seen (id) SELECT id FROM batch WHERE v <> 0 AND id NOT IN (SELECT id FROM seen);`;
    const g = new PipelineEngine(SQL).gradePipeline(pipeSpec(), answer);
    expect(g.scenarios[0].passed).toBe(true);
    expect(g.status).toBe('incorrect');
    const s = g.scenarios[g.firstFailure!];
    expect(s.generated).toMatchObject({ base: 'sample' });
    expect(s.failure).toMatchObject({ check: 'replay', table: 'totals' });
    // Shrunk: the batch that fails keeps a zero-valued row, and little else.
    const failing = s.generated!.scenarioTables!.find((p) => p.part === s.failure!.batch)!;
    const rows = failing.tables[0].rows;
    expect(rows.some((r) => String(r[2]) === '0')).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(s.generated!.scenarioFiles![0].name).toBe('initial');
  });

  it('finds a late row that a high-water mark skips', () => {
    const hwm = `INSERT INTO totals (k, n) SELECT k, COUNT(*) FROM batch WHERE id > (SELECT COALESCE(MAX(id), 0) FROM seen) GROUP BY k
ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;
INSERT INTO seen (id) SELECT id FROM batch WHERE id > (SELECT COALESCE(MAX(id), 0) FROM seen);`;
    const g = new PipelineEngine(SQL).gradePipeline(pipeSpec(), hwm);
    expect(g.scenarios[0].passed).toBe(true);
    expect(g.status).toBe('incorrect');
    expect(g.scenarios[g.firstFailure!].failure?.check).toBe('state');
  });

  it('keeps a redelivered id to its row (hint unique) and never grades the reference wrong', () => {
    const g = new PipelineEngine(SQL).gradePipeline(pipeSpec(), pipeSpec().solutionSql);
    expect(g.status).toBe('correct');
    expect(g.generation?.cases).toBe(400);
  }, 120_000);

  it('spends the budget as a number of scenarios, whatever the clock says', () => {
    const engine = new PipelineEngine(SQL);
    let t = 0;
    engine.clock = () => (t += 10);
    // 50 ms buy 5 pipeline scenarios (CASES_PER_MS.pipeline = 0.1).
    const g = engine.gradePipeline(pipeSpec({ generation: { budgetMs: 50 } }), pipeSpec().solutionSql);
    expect(g.generation).toMatchObject({ cases: 5, budgetMs: 50 });
    expect(g.generation?.cut).toBeUndefined();
  });
});

describe('validate: generated data for authors', () => {
  const problem = { id: 'amounts', path: 'modules/m/problems/amounts' } as Problem;
  const files = (over: Partial<QueryProblemFiles> = {}): QueryProblemFiles =>
    ({
      kind: 'query',
      meta: { kind: 'query', setSemantics: false, columnNames: false } as QueryProblemFiles['meta'],
      schemaSql: SCHEMA,
      starterSql: '',
      solutionSql: 'SELECT user_id, SUM(amount) FROM events GROUP BY user_id',
      wrong: [{ name: 'sum-distinct', why: 'ties', sql: 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id', path: 'modules/m/problems/amounts/wrong/sum-distinct.sql' }],
      datasets: [{ name: '01-sample', visible: true, sql: ROWS, path: 'modules/m/problems/amounts/datasets/01-sample.sql' }],
      alt: [],
      ...over,
    }) as QueryProblemFiles;
  const grader = () => {
    const q = new QueryEngine(SQL);
    const p = new PipelineEngine(SQL);
    return { gradeQuery: async (s: QueryProblemSpec, a: string) => q.gradeQuery(s, a), gradePipeline: async (s: PipelineProblemSpec, a: string) => p.gradePipeline(s, a) };
  };

  it('reports a wrong answer only generated data catches, with the shrunk dataset', async () => {
    const bag = new DiagnosticBag();
    await generatedDataCheck({ budgetMs: 5000 })(problem, files(), grader(), bag);
    expect(bag.items).toHaveLength(1);
    expect(bag.items[0]).toMatchObject({ code: 'DD212', severity: 'warning', file: 'modules/m/problems/amounts/wrong/sum-distinct.sql' });
    expect(bag.items[0].message).toMatch(/only generated data .* catches this wrong answer/);
    expect(bag.items[0].message).toContain('INSERT INTO events');
    expect(bag.items[0].message).toContain('datasets/02-generated-sum-distinct.sql');
  });

  it('--write-datasets saves a dataset that then catches the wrong answer on its own', async () => {
    const written = new Map<string, string>();
    const bag = new DiagnosticBag();
    await generatedDataCheck({ budgetMs: 5000, writeFile: (p, t) => written.set(p, t) })(problem, files(), grader(), bag);
    const [[file, sql]] = [...written];
    expect(file).toBe('modules/m/problems/amounts/datasets/02-generated-sum-distinct.sql');
    expect(sql).toMatch(/^-- Generated by de-dojo validate/);
    const withSaved = spec({ datasets: [...spec().datasets, { name: '02-generated', visible: false, sql }], generation: { budgetMs: 0 } });
    expect(new QueryEngine(SQL).gradeQuery(withSaved, files().wrong[0].sql).status).toBe('incorrect');
  });

  it('says nothing of a wrong answer the fixed datasets already catch', async () => {
    const bag = new DiagnosticBag();
    const wrong = [{ name: 'count', why: 'counts', sql: 'SELECT user_id, COUNT(*) FROM events GROUP BY user_id', path: 'w/count.sql' }];
    await generatedDataCheck({ budgetMs: 2000 })(problem, files({ wrong }), grader(), bag);
    expect(bag.items).toEqual([]);
  });

  it('an alt answer that generated data separates from the reference is an error', async () => {
    const bag = new DiagnosticBag();
    const alt = [
      { name: 'abs', sql: 'SELECT user_id, SUM(ABS(amount)) FROM events GROUP BY user_id', path: 'alt/abs.sql' },
      { name: 'total', sql: 'SELECT user_id, CAST(TOTAL(amount) AS INTEGER) FROM events GROUP BY user_id', path: 'alt/total.sql' },
    ];
    await generatedDataCheck({ budgetMs: 5000 })(problem, files({ wrong: [], alt }), grader(), bag);
    expect(bag.items.map((d) => [d.code, d.severity, d.file])).toEqual([['DD213', 'error', 'alt/abs.sql']]);
    expect(bag.items[0].message).toMatch(/tells this right answer from the reference/);
  }, 120_000);
});

describe('how a generated case reads', () => {
  it('the headline, the CLI and the panel name generated data, its case and seed', async () => {
    const { headline } = await import('../../src/core/grading/describe');
    const { pipelineHeadline } = await import('../../src/core/grading/describePipeline');
    const { gradeView, pipelineGradeView } = await import('../../src/vscode/views/gradeView');
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'SELECT user_id, SUM(DISTINCT amount) FROM events GROUP BY user_id');
    const o = g.generation!.found!;
    const label = `generated data (case ${o.case} of seed ${o.seed}, made from sample)`;
    expect(headline(g)).toMatch(new RegExp(`^On ${label.replace(/[()]/g, '\\$&')}: `));
    const view = gradeView(g, undefined, new Date(0));
    expect(view.counterexample?.heading).toBe(`Counterexample from ${label}, shrunk to the rows that still differ`);
    expect(view.counterexample?.hidden).toBe(true);
    expect(view.datasets.at(-1)).toEqual({ name: label, visible: false, passed: false });

    const ok = new QueryEngine(SQL).gradeQuery(spec({ generation: { budgetMs: 0, maxCases: 20 } }), spec().solutionSql);
    expect(headline(ok)).toBe('Correct: all 1 dataset match, and 20 generated datasets.');

    const answer = `${countNew}\nINSERT INTO seen (id) SELECT id FROM batch WHERE v <> 0 AND id NOT IN (SELECT id FROM seen);`;
    const p = new PipelineEngine(SQL).gradePipeline(pipeSpec(), answer);
    const po = p.generation!.found!;
    expect(pipelineHeadline(p)).toContain(`On a generated scenario: generated data (case ${po.case} of seed ${po.seed}, made from sample): the second run on`);
    expect(pipelineGradeView(p, new Date(0)).counterexample?.heading).toContain(`of a scenario of generated data (case ${po.case}`);
  });
});
