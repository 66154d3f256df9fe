import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeScenarioFailure, pipelineHeadline } from '../../src/core/grading/describePipeline';
import { PipelineEngine } from '../../src/core/grading/pipelineEngine';
import type { PipelineProblemSpec } from '../../src/core/grading/pipelineTypes';
import { DEFAULT_LIMITS } from '../../src/core/grading/types';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
});

/** Running totals per key from batches of (id, k, v); ids may be redelivered; `seen` is the ledger. */
const reference = `INSERT INTO totals (k, n)
SELECT k, SUM(v) FROM batch WHERE id NOT IN (SELECT id FROM seen) GROUP BY k
ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;
INSERT INTO seen (id) SELECT id FROM batch WHERE id NOT IN (SELECT id FROM seen);`;

const spec = (over: Partial<PipelineProblemSpec> = {}): PipelineProblemSpec => ({
  id: 'totals',
  schemaSql: `CREATE TABLE totals (k TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE seen (id INTEGER PRIMARY KEY);
CREATE TABLE lookup (k TEXT PRIMARY KEY, label TEXT);
CREATE TABLE batch (id INTEGER PRIMARY KEY, k TEXT NOT NULL, v INTEGER NOT NULL);`,
  scenarios: [
    {
      name: 'sample',
      visible: true,
      initialSql: "INSERT INTO lookup VALUES ('a', 'Alpha');",
      batches: [
        { name: 'b1', sql: "INSERT INTO batch VALUES (1, 'a', 5), (2, 'b', 1);" },
        { name: 'b2', sql: "INSERT INTO batch VALUES (2, 'b', 1), (3, 'a', 2);" },
      ],
    },
    {
      name: 'hidden',
      visible: false,
      initialSql: "INSERT INTO totals VALUES ('z', 10); INSERT INTO seen VALUES (100);",
      batches: [{ name: 'b1', sql: "INSERT INTO batch VALUES (100, 'z', 10), (101, 'z', 1), (102, 'y', 4);" }],
    },
  ],
  solutionSql: reference,
  targets: [{ table: 'totals', ignore: [] }],
  writable: ['seen'],
  batchTables: ['batch'],
  replay: true,
  ...over,
});

const rebuildAgreeing = `SELECT k, SUM(n) FROM (
  SELECT k, n FROM totals
  UNION ALL
  SELECT k, v FROM (SELECT DISTINCT id, k, v FROM all_batch WHERE id NOT IN (SELECT id FROM seen))
) GROUP BY k;`;

describe('PipelineEngine: state, replay and rebuild', () => {
  it('accepts the reference and an equivalent script written differently', () => {
    const engine = new PipelineEngine(SQL);
    const g = engine.gradePipeline(spec(), reference);
    expect(g.status).toBe('correct');
    expect(g.scenarios.map((s) => [s.name, s.passed, s.batches.length])).toEqual([
      ['sample', true, 2],
      ['hidden', true, 1],
    ]);
    const alt = `CREATE TEMP TABLE fresh AS SELECT * FROM batch WHERE id NOT IN (SELECT id FROM seen);
INSERT OR IGNORE INTO totals (k, n) SELECT DISTINCT k, 0 FROM fresh;
UPDATE totals SET n = n + (SELECT SUM(v) FROM fresh WHERE fresh.k = totals.k) WHERE k IN (SELECT k FROM fresh);
INSERT INTO seen SELECT id FROM fresh;`;
    expect(engine.gradePipeline(spec(), alt).status).toBe('correct');
  });

  it('reports a wrong state after a batch, aligned by primary key, with what each side changed', () => {
    // Overwrites the total with the batch's instead of adding to it.
    const answer = `INSERT INTO totals (k, n)
SELECT k, SUM(v) FROM batch WHERE id NOT IN (SELECT id FROM seen) GROUP BY k
ON CONFLICT (k) DO UPDATE SET n = excluded.n;
INSERT INTO seen (id) SELECT id FROM batch WHERE id NOT IN (SELECT id FROM seen);`;
    const g = new PipelineEngine(SQL).gradePipeline(spec(), answer);
    expect(g.status).toBe('incorrect');
    expect(g.firstFailure).toBe(0);
    const f = g.scenarios[0].failure!;
    expect(f).toMatchObject({ batchIndex: 1, batch: 'b2', check: 'state', table: 'totals' });
    expect(f.diff!.keyColumns).toEqual(['k']);
    expect(f.diff!.updated).toEqual([{ key: ['a'], before: ['a', 7n], after: ['a', 2n], changedColumns: ['n'] }]);
    expect(f.changes).toMatchObject({ expected: { updated: 1, inserted: 0 }, actual: { updated: 1, inserted: 0 } });
    // The visible scenario shows both states; the batch rows for the differing key are the counterexample.
    expect(g.scenarios[0].expected![0].rows).toEqual([
      ['a', 7n],
      ['b', 1n],
    ]);
    expect(f.context!.batchRows[0].rows).toEqual([[3n, 'a', 2n]]);
    expect(f.context!.before!.rows).toEqual([['a', 5n]]);
    expect(pipelineHeadline(g)).toMatch(/^On the sample scenario \(sample\): after b2, totals is not in the expected state \(1 row with different values\)/);
    expect(describeScenarioFailure(g.scenarios[0]).join('\n')).toContain("k = 'a': n is 2, expected 7");
  });

  it('detects a script that is not idempotent and names the batch and the rows the second run changed', () => {
    const answer = `INSERT INTO totals (k, n) SELECT k, SUM(v) FROM batch GROUP BY k
ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;`;
    const g = new PipelineEngine(SQL).gradePipeline(spec(), answer);
    expect(g.status).toBe('incorrect');
    const s = g.scenarios[0];
    expect(s.failure).toMatchObject({ batchIndex: 0, batch: 'b1', check: 'replay', onReplay: true, table: 'totals' });
    expect(s.failure!.diff!.counts).toMatchObject({ updated: 2, inserted: 0, deleted: 0 });
    expect(s.failure!.diff!.updated.map((u) => [u.key[0], u.before[1], u.after[1]])).toEqual([
      ['a', 5n, 10n],
      ['b', 1n, 2n],
    ]);
    expect(s.batches[0].effects.map((e) => e.rowsChanged)).toEqual([2]);
    expect(s.batches[0].replayEffects!.map((e) => e.rowsChanged)).toEqual([2]);
    expect(pipelineHeadline(g)).toContain('the second run on b1 changed 2 rows of totals (updated 2 rows)');
  });

  it('counts a change to a writable table on replay as a replay failure too', () => {
    // Idempotent totals, but the ledger gets a new row on every run.
    const answer = `${reference}
INSERT INTO seen (id) SELECT COALESCE(MAX(id), 0) + 1000 FROM seen;`;
    const g = new PipelineEngine(SQL).gradePipeline(spec(), answer);
    expect(g.scenarios[0].failure).toMatchObject({ check: 'replay', table: 'seen', batch: 'b1' });
    expect(g.scenarios[0].failure!.diff!.counts.inserted).toBe(1);
  });

  it('does not check replay when the problem turns it off', () => {
    const answer = `INSERT INTO totals (k, n) SELECT k, SUM(v) FROM batch GROUP BY k ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;`;
    const g = new PipelineEngine(SQL).gradePipeline(spec({ replay: false }), answer);
    // Without the replay check the redelivered id 2 in b2 is what exposes it.
    expect(g.scenarios[0].failure).toMatchObject({ check: 'state', batch: 'b2' });
  });

  it('compares with a full rebuild where the problem declares one', () => {
    const engine = new PipelineEngine(SQL);
    expect(engine.gradePipeline(spec({ rebuildSql: rebuildAgreeing }), reference).status).toBe('correct');
    // A rebuild that counts redelivered ids twice disagrees with the increments from b2 on.
    const doubleCounting = `SELECT k, SUM(n) FROM (SELECT k, n FROM totals UNION ALL SELECT k, v FROM all_batch WHERE id NOT IN (SELECT id FROM seen)) GROUP BY k;`;
    const g = engine.gradePipeline(spec({ rebuildSql: doubleCounting }), reference);
    expect(g.status).toBe('incorrect');
    expect(g.scenarios[0].failure).toMatchObject({ check: 'rebuild', batch: 'b2', table: 'totals' });
    expect(g.scenarios[0].failure!.diff!.updated).toEqual([{ key: ['b'], before: ['b', 2n], after: ['b', 1n], changedColumns: ['n'] }]);
    expect(pipelineHeadline(g)).toContain('differs from a full rebuild');
  });

  it('ignores the columns a problem says to ignore and aligns by the declared key', () => {
    const dim = spec({
      schemaSql: `CREATE TABLE dim (sk INTEGER PRIMARY KEY, k TEXT NOT NULL, v INTEGER);
CREATE TABLE batch (id INTEGER PRIMARY KEY, k TEXT NOT NULL, v INTEGER NOT NULL);`,
      scenarios: [{ name: 's', visible: true, initialSql: '', batches: [{ name: 'b1', sql: "INSERT INTO batch VALUES (1, 'a', 1), (2, 'b', 2);" }] }],
      solutionSql: 'INSERT INTO dim (k, v) SELECT k, v FROM batch WHERE k NOT IN (SELECT k FROM dim);',
      targets: [{ table: 'dim', ignore: ['sk'], key: ['k'] }],
      writable: [],
    });
    const engine = new PipelineEngine(SQL);
    const ownKeys = 'INSERT INTO dim (sk, k, v) SELECT 1000 + id, k, v FROM batch WHERE k NOT IN (SELECT k FROM dim);';
    expect(engine.gradePipeline(dim, ownKeys).status).toBe('correct');
    const wrong = 'INSERT INTO dim (k, v) SELECT k, v * 10 FROM batch WHERE k NOT IN (SELECT k FROM dim);';
    const f = engine.gradePipeline(dim, wrong).scenarios[0].failure!;
    expect(f.diff!.columns).toEqual(['k', 'v']);
    expect(f.diff!.keyColumns).toEqual(['k']);
    expect(f.diff!.updated.map((u) => u.changedColumns)).toEqual([['v'], ['v']]);
  });
});

describe('PipelineEngine: statement effects and runs', () => {
  const script = `-- stage the orders not seen yet
CREATE TEMP TABLE fresh AS SELECT * FROM batch WHERE id NOT IN (SELECT id FROM seen);
SELECT COUNT(*) FROM fresh;
INSERT INTO totals (k, n) SELECT k, SUM(v) FROM fresh WHERE true GROUP BY k
  ON CONFLICT (k) DO UPDATE SET n = n + excluded.n; /* fold */
INSERT INTO seen (id) SELECT id FROM fresh;`;

  it('records the rows each statement changed, with its line, on both runs (temp tables do not survive a run)', () => {
    const g = new PipelineEngine(SQL).gradePipeline(spec(), script);
    expect(g.status).toBe('correct');
    const b1 = g.scenarios[0].batches[0];
    expect(b1.effects.map((e) => [e.statementIndex, e.line, e.rowsChanged])).toEqual([
      [0, 2, 0],
      [1, 3, 0],
      [2, 4, 2],
      [3, 6, 2],
    ]);
    // Previews: comments dropped, whitespace collapsed, long statements cut.
    expect(b1.effects[0].sqlPreview).toBe('CREATE TEMP TABLE fresh AS SELECT * FROM batch WHERE id NOT IN (SELEC…');
    expect(b1.effects[2].sqlPreview).toMatch(/^INSERT INTO totals \(k, n\) SELECT k, SUM\(v\) FROM fresh WHERE true GROU…$/);
    expect(b1.effects[3].sqlPreview).toBe('INSERT INTO seen (id) SELECT id FROM fresh');
    expect(b1.replayEffects!.map((e) => e.rowsChanged)).toEqual([0, 0, 0, 0]);
    // b2 redelivers id 2: one key updated, one id recorded.
    expect(g.scenarios[0].batches[1].effects.map((e) => e.rowsChanged)).toEqual([0, 0, 1, 1]);
  });

  it('runPipeline shows the batch, the tables before and after the sample batch, and the effects', () => {
    const r = new PipelineEngine(SQL).runPipeline(spec(), script);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ scenario: 'sample', batch: 'b1' });
    expect(r.batchTables![0]).toEqual({ name: 'batch', columns: ['id', 'k', 'v'], rows: [[1n, 'a', 5n], [2n, 'b', 1n]] });
    expect(r.before!.map((t) => [t.name, t.rows.length])).toEqual([
      ['totals', 0],
      ['seen', 0],
    ]);
    expect(r.after![0].rows).toEqual([
      ['a', 5n],
      ['b', 1n],
    ]);
    expect(r.effects!.map((e) => e.rowsChanged)).toEqual([0, 0, 2, 2]);
  });
});

describe('PipelineEngine: statement policy and errors', () => {
  const engine = () => new PipelineEngine(SQL);

  it('refuses ATTACH and PRAGMA before running anything', () => {
    const g = engine().gradePipeline(spec(), `${reference}\nATTACH DATABASE ':memory:' AS other;`);
    expect(g.status).toBe('error');
    expect(g.error).toMatchObject({ kind: 'policy', line: 5 });
    expect((g.error as { message: string }).message).toMatch(/ATTACH is not allowed/);
    expect(engine().gradePipeline(spec(), 'PRAGMA foreign_keys = OFF;').error).toMatchObject({ kind: 'policy' });
  });

  it('refuses a write to the batch table, naming the table and the statement', () => {
    const g = engine().gradePipeline(spec(), `${reference}\nDELETE FROM batch;`);
    expect(g.status).toBe('error');
    expect(g.error).toMatchObject({ kind: 'policy', line: 5, column: 1 });
    expect((g.error as { message: string }).message).toMatch(/writes to batch, the incoming batch/);
    expect(g.errorAt).toEqual({ scenario: 'sample', batch: 'b1' });
  });

  it('refuses a write to a table that is neither a target nor writable, and allows the writable ledger', () => {
    const g = engine().gradePipeline(spec(), `UPDATE lookup SET label = 'x';\n${reference}`);
    expect(g.error).toMatchObject({ kind: 'policy', line: 1 });
    expect((g.error as { message: string }).message).toMatch(/writes to lookup, which this problem does not let a run change\. A run may change only totals, seen/);
    expect(engine().gradePipeline(spec(), reference).status).toBe('correct');
  });

  it('refuses schema changes, an open transaction, and tampering with the guards', () => {
    const create = engine().gradePipeline(spec(), `CREATE TABLE keep (x);\n${reference}`);
    expect(create.error).toMatchObject({ kind: 'policy', line: 1 });
    expect((create.error as { message: string }).message).toMatch(/changes the database schema/);
    const open = engine().gradePipeline(spec(), `BEGIN;\n${reference}`);
    expect((open.error as { message: string }).message).toMatch(/leaves a transaction open/);
    // COMMIT makes it fine.
    expect(engine().gradePipeline(spec(), `BEGIN;\n${reference}\nCOMMIT;`).status).toBe('correct');
    // The guards' names carry a random part per session: a script cannot name one to drop it.
    const tamper = engine().gradePipeline(spec(), `DROP TRIGGER de_dojo_guard_1_delete;\n${reference}`);
    expect(tamper.status).toBe('error');
    expect(tamper.error).toMatchObject({ kind: 'sql', message: expect.stringMatching(/no such trigger/) });
  });

  it('ends a run’s session before the next batch loads: a temp trigger cannot act on the grader’s load', () => {
    // The trigger would add every loaded order to totals a second time if it survived the run.
    const answer = `${reference}
CREATE TEMP TRIGGER sneaky AFTER INSERT ON main.batch BEGIN
  UPDATE totals SET n = n + 100 WHERE k = NEW.k;
END;`;
    expect(engine().gradePipeline(spec(), answer).status).toBe('correct');
  });

  it('locates a SQL error in the learner file', () => {
    const g = engine().gradePipeline(spec(), 'INSERT INTO totals (k, n)\nSELEC k, v FROM batch;');
    expect(g.status).toBe('error');
    expect(g.error).toMatchObject({ kind: 'sql', message: 'near "SELEC": syntax error', line: 2, column: 1 });
    const missing = engine().gradePipeline(spec(), `${reference}\nUPDATE totals SET n = nn;`);
    expect(missing.error).toMatchObject({ kind: 'sql', message: 'no such column: nn', line: 5, column: 23 });
  });

  it('reports a constraint failure while running as a wrong answer on that batch', () => {
    // A plain INSERT works on the first run and fails on the replay.
    const g = engine().gradePipeline(spec(), 'SELECT 1;\nINSERT INTO totals (k, n) SELECT k, v FROM batch;');
    expect(g.status).toBe('incorrect');
    const f = g.scenarios[0].failure!;
    expect(f).toMatchObject({ check: 'sqlError', batch: 'b1', onReplay: true });
    expect(f.error).toMatchObject({ kind: 'sql', line: 2 });
    expect((f.error as { message: string }).message).toMatch(/UNIQUE constraint failed: totals\.k/);
    expect(pipelineHeadline(g)).toContain('your script failed on the second run on b1 at line 2');
  });

  it('stops a target that grows past the row limit, and a database past its size limit', () => {
    const rows = `INSERT INTO totals (k, n) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500) SELECT 'k' || x, x FROM c WHERE true ON CONFLICT DO NOTHING;`;
    const g = new PipelineEngine(SQL, { ...DEFAULT_LIMITS, maxRows: 100 }).gradePipeline(spec(), rows);
    expect(g.status).toBe('error');
    expect(g.error).toMatchObject({ kind: 'limit' });
    const big = `INSERT INTO totals (k, n) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000) SELECT hex(randomblob(400)) || x, x FROM c;`;
    const h = new PipelineEngine(SQL, { ...DEFAULT_LIMITS, maxPageCount: 64 }).gradePipeline(spec(), big);
    expect(h.status).toBe('error');
    expect(h.error).toMatchObject({ kind: 'limit' });
    expect((h.error as { message: string }).message).toMatch(/size limit/);
  });

  it('reports a broken reference or batch as a content problem, not the learner’s', () => {
    const g = engine().gradePipeline(spec({ solutionSql: 'INSERT INTO nowhere VALUES (1);' }), reference);
    expect(g.status).toBe('error');
    expect(g.error).toMatchObject({ kind: 'content' });
    const badBatch = spec();
    badBatch.scenarios[1].batches[0].sql = 'INSERT INTO batch VALUES (1);';
    expect(engine().gradePipeline(badBatch, reference).error).toMatchObject({ kind: 'content' });
  });
});
