// Regression tests for the grader's reliability review (issue 8): each defect, proved closed.
import * as path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/core/grading/describe';
import { GradingService } from '../../src/core/grading/gradingService';
import { PipelineEngine } from '../../src/core/grading/pipelineEngine';
import type { PipelineProblemSpec } from '../../src/core/grading/pipelineTypes';
import { MAX_SCRIPT_STATEMENTS, checkQueryAnswer, checkScriptAnswer, forbiddenStatement, preparedQueryProblem } from '../../src/core/grading/policy';
import { QueryEngine } from '../../src/core/grading/queryEngine';
import { locateSqlError } from '../../src/core/grading/sqlErrors';
import { splitStatements, tokenize } from '../../src/core/grading/sqlText';
import type { QueryProblemSpec } from '../../src/core/grading/types';
import { clipForTransfer } from '../../src/core/grading/values';

const workerPath = path.join(__dirname, '..', '..', 'dist', 'grading-worker.js');

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
});

const querySpec: QueryProblemSpec = {
  id: 'q',
  schemaSql: 'CREATE TABLE t(x INTEGER NOT NULL);',
  datasets: [
    { name: '01-sample', visible: true, sql: 'INSERT INTO t VALUES (1), (2);' },
    { name: '02-more', visible: false, sql: 'INSERT INTO t VALUES (5), (7);' },
  ],
  solutionSql: 'SELECT SUM(x) AS total FROM t',
  compare: {},
};

/** A pipeline: running totals per key, a ledger of seen ids, and a lookup table it must not touch. */
const pipeReference = `INSERT INTO totals (k, n)
SELECT k, SUM(v) FROM batch WHERE id NOT IN (SELECT id FROM seen) GROUP BY k
ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;
INSERT INTO seen (id) SELECT id FROM batch WHERE id NOT IN (SELECT id FROM seen);`;
const pipeSpec = (over: Partial<PipelineProblemSpec> = {}): PipelineProblemSpec => ({
  id: 'totals',
  schemaSql: `CREATE TABLE totals (k TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE seen (id INTEGER PRIMARY KEY);
CREATE TABLE lookup (k TEXT PRIMARY KEY, label TEXT);
CREATE TABLE batch (id INTEGER PRIMARY KEY, k TEXT NOT NULL, v INTEGER NOT NULL);`,
  scenarios: [
    {
      name: '01-sample',
      visible: true,
      initialSql: "INSERT INTO lookup VALUES ('a', 'Alpha');",
      batches: [
        { name: 'batch-1', sql: "INSERT INTO batch VALUES (1, 'a', 5), (2, 'b', 1);" },
        { name: 'batch-2', sql: "INSERT INTO batch VALUES (2, 'b', 1), (3, 'a', 2);" },
      ],
    },
  ],
  solutionSql: pipeReference,
  targets: [{ table: 'totals', ignore: [] }],
  writable: ['seen'],
  batchTables: ['batch'],
  replay: true,
  ...over,
});

/** Statements hidden behind every quoting form SQLite knows (D1, D2, D4, D9). */
const DISGUISES: [string, (stmt: string) => string][] = [
  ['[--] bracket name', (s) => `SELECT 1 AS [--]; ${s};`],
  ['"--" double-quoted name', (s) => `SELECT 1 AS "--"; ${s};`],
  ['`--` backticked name', (s) => `SELECT 1 AS \`--\`; ${s};`],
  ['[/*] … [*/] names', (s) => `SELECT 1 AS [/*]; ${s}; SELECT 1 AS [*/];`],
  ["[it's] … ['] names", (s) => `SELECT 1 AS [it's]; ${s}; SELECT 1 AS ['];`],
  ['"a""--" doubled quote', (s) => `SELECT 1 AS "a""--"; ${s};`],
  ['nested comment (SQLite ends it at the first */)', (s) => `/* outer /* inner */ ${s}; /* */`],
  ['x\'…\' blob', (s) => `SELECT x'41'; ${s};`],
  ['Tcl variable $a(--)', (s) => `SELECT $a(--); ${s};`],
  ['EXPLAIN prefix', (s) => `EXPLAIN ${s};`],
  ['mixed case, comment inside', (s) => `SELECT 1; ${s.replace(/^(\w)(\w+)/, (_, a: string, b: string) => `${a.toLowerCase()}${b.toUpperCase()}`).replace(' ', ' /* c */ ')};`],
];
const HIDDEN = ['PRAGMA hard_heap_limit = 1', "ATTACH 'side.db' AS side", 'VACUUM INTO \'x.db\'', 'DETACH side', 'PRAGMA foreign_keys = ON'];

describe('the policy judges exactly the statements SQLite will run (D1, D4, D9)', () => {
  for (const [name, disguise] of DISGUISES) {
    it(`refuses statements hidden by ${name}, in query and pipeline answers`, () => {
      for (const hidden of HIDDEN) {
        const text = disguise(hidden);
        expect(checkScriptAnswer(text), text).toBeDefined();
        expect(checkQueryAnswer(text), text).toBeDefined();
      }
    });
  }

  it('grades a smuggled PRAGMA in a pipeline as a policy error, never Correct', () => {
    for (const [, disguise] of DISGUISES) {
      const g = new PipelineEngine(SQL).gradePipeline(pipeSpec(), `${disguise('PRAGMA foreign_keys = ON')}\n${pipeReference}`);
      expect(g.status).toBe('error');
      expect(g.error?.kind).toBe('policy');
    }
  });

  it('refuses a second statement after a disguised one in a query answer (it used to be ignored)', () => {
    expect(checkQueryAnswer('SELECT 1 AS [--]; DELETE FROM t')?.message).toMatch(/exactly one statement/);
  });

  it('no longer refuses the forbidden words where they are only names (D10)', () => {
    for (const ok of ['SELECT 1 AS vacuum', 'SELECT attach, pragma FROM t', "SELECT 'PRAGMA x'", 'SELECT [PRAGMA] FROM t', 'SELECT 1 AS load_extension']) {
      expect(checkQueryAnswer(ok), ok).toBeUndefined();
    }
    expect(checkQueryAnswer("SELECT load_extension('x')")?.message).toMatch(/load_extension/);
    expect(checkQueryAnswer('SELECT "load_extension" (\'x\')')?.message).toMatch(/load_extension/);
  });

  it('splits where SQLite splits: every semicolon SQLite ends a statement at is one the lexer sees', () => {
    // Random statements whose strings, names, comments and variables hold the characters that
    // open or close the others; SQLite must accept them, so that its split can be compared.
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const soup = (forbid: string) => {
      const alphabet = ['[', ']', '"', "'", '`', '-', '--', '/', '/*', '*', ';', '\n', ' ', 'x', '$', '(', ')', ':'].filter((c) => !forbid.split('|').some((f) => f && c.includes(f)));
      return Array.from({ length: rand(6) }, () => alphabet[rand(alphabet.length)]).join('');
    };
    const item = (): string => {
      switch (rand(7)) {
        case 0:
          return `'${soup('').replace(/'/g, "''")}'`;
        case 1:
          return `1 AS "${soup('').replace(/"/g, '""')}"`;
        case 2:
          return `1 AS \`${soup('').replace(/`/g, '``')}\``;
        case 3:
          return `1 AS [${soup(']')}]`;
        case 4:
          return `1 /*${soup('').replace(/\*\//g, '')}*/`;
        case 5:
          return `1 --${soup('\n')}\n`;
        default:
          return `$a(${soup(' |)|\n').replace(/[\s)]/g, '')})`;
      }
    };
    const db = new SQL.Database();
    let checked = 0;
    for (let c = 0; c < 1500; c++) {
      const text = Array.from({ length: 1 + rand(4) }, () => `SELECT ${item()}, ${item()};${rand(3) ? ' ' : ''}`).join('');
      const ours = new Set(tokenize(text).filter((t) => t.kind === 'semicolon').map((t) => t.start));
      let offset = 0;
      for (const stmt of db.iterateStatements(text)) {
        const sql = stmt.getSQL();
        offset += sql.length;
        if (sql.endsWith(';')) {
          expect(ours.has(offset - 1), JSON.stringify(text)).toBe(true);
          checked++;
        }
      }
      // And the policy, from the same split, sees as many statements as SQLite ran.
      expect(splitStatements(text).length, JSON.stringify(text)).toBe(text.match(/SELECT/g)!.length);
    }
    db.close();
    expect(checked).toBeGreaterThan(300);
  });

  it('lexes unmatched brackets in linear time (D7): 40,000 [ is a syntax error, not a timeout', () => {
    const text = `SELECT ${'['.repeat(40_000)}`;
    expect(splitStatements(text)).toHaveLength(1);
    const g = new QueryEngine(SQL).gradeQuery(querySpec, text);
    expect(g.error?.kind).toBe('sql');
  });

  it('a second line of defence: a statement SQLite prepared is judged again, and marks the engine', () => {
    expect(forbiddenStatement(' PRAGMA query_only = 0;')).toMatch(/PRAGMA/);
    expect(forbiddenStatement('SELECT 1 AS vacuum;')).toBeUndefined();
    expect(preparedQueryProblem(' -- note\n/* c */ WITH x AS (SELECT 1) SELECT * FROM x')).toBeUndefined();
    expect(preparedQueryProblem('UPDATE t SET x = 1')).toMatch(/one SELECT/);
    const engine = new QueryEngine(SQL);
    const db = engine.openDataset(querySpec, querySpec.datasets[0]);
    expect(() => engine.runAnswer(db, 'PRAGMA query_only = 0', 'sample')).toThrow(/PRAGMA/);
    db.close();
    expect(engine.tampered).toMatch(/PRAGMA/);
  });
});

describe('guards that cannot be swapped (D3)', () => {
  it('a script cannot drop a guard by name, nor pass off its own trigger as one', () => {
    const drop = new PipelineEngine(SQL).gradePipeline(
      pipeSpec(),
      `${pipeReference}\nDROP TRIGGER temp.de_dojo_guard_0_delete;\nDELETE FROM batch;\nCREATE TEMP TRIGGER de_dojo_guard_0_delete BEFORE DELETE ON main.batch BEGIN SELECT 1; END;`,
    );
    expect(drop.status).toBe('error');
    const fake = new PipelineEngine(SQL).gradePipeline(pipeSpec(), `${pipeReference}\nCREATE TEMP TRIGGER de_dojo_guard_x AFTER INSERT ON main.totals BEGIN SELECT 1; END;`);
    expect(fake.status).toBe('error');
    expect(fake.error).toMatchObject({ kind: 'policy', message: expect.stringMatching(/guard triggers or the incoming batch/) });
  });

  it('the batch as loaded is checked after every run, even where no guard stands', () => {
    // Declared writable, the batch table has no guard: only the batch check stands between the
    // script and a replay that sees an empty batch.
    const spec = pipeSpec({ writable: ['seen', 'batch'] });
    expect(new PipelineEngine(SQL).gradePipeline(spec, pipeReference).status).toBe('correct');
    const g = new PipelineEngine(SQL).gradePipeline(spec, `${pipeReference}\nDELETE FROM batch;`);
    expect(g.error).toMatchObject({ kind: 'policy', message: expect.stringMatching(/incoming batch/) });
  });
});

describe('limits that say what they are (D6, D8)', () => {
  it(`refuses a pipeline script over ${MAX_SCRIPT_STATEMENTS} statements with the limit named; accepts one under it`, () => {
    const many = `${pipeReference}\n${'SELECT 1;\n'.repeat(MAX_SCRIPT_STATEMENTS)}`;
    const v = checkScriptAnswer(many);
    expect(v?.message).toMatch(/at most 1,000 statements/);
    // The reference is 2 statements on lines 1-4; statement n >= 3 is on line n + 2.
    expect(v?.line).toBe(MAX_SCRIPT_STATEMENTS + 1 + 2);
    const fewer = `${pipeReference}\n${'SELECT 1;\n'.repeat(MAX_SCRIPT_STATEMENTS - 2)}`;
    expect(new PipelineEngine(SQL).gradePipeline(pipeSpec(), fewer).status).toBe('correct');
  });

  it('places an error on a very long token instead of failing internally', () => {
    const token = 'y'.repeat(60_000);
    const text = `SELECT * FROM t${token}`;
    expect(locateSqlError(`no such table: t${token}`, text)).toMatchObject({ line: 1, column: 15 });
    const g = new QueryEngine(SQL).gradeQuery(querySpec, text);
    expect(g.error?.kind).toBe('sql');
  });
});

describe('broken content is named as such, with its file (D11)', () => {
  const engine = () => new QueryEngine(SQL);
  it('a schema.sql that does not load', () => {
    const g = engine().gradeQuery({ ...querySpec, schemaSql: 'CREATE TABLE t(x INTEGER NOT NULL;' }, 'SELECT 1');
    expect(g.error).toMatchObject({ kind: 'content', file: 'schema.sql', line: 1 });
    expect(describeError(g.error!)).toMatch(/content is broken, not your answer \(schema.sql, line 1\): schema.sql does not load/);
    const r = engine().runQuery({ ...querySpec, schemaSql: 'CREATE TABLE t(x INTEGER NOT NULL;' }, 'SELECT 1');
    expect(r.error).toMatchObject({ kind: 'content', file: 'schema.sql' });
  });
  it('a dataset that does not load, at its line', () => {
    const bad = { ...querySpec, datasets: [querySpec.datasets[0], { name: '02-more', visible: false, sql: 'INSERT INTO t VALUES (5);\nINSERT INTO tt VALUES (7);' }] };
    expect(engine().gradeQuery(bad, 'SELECT SUM(x) AS total FROM t').error).toMatchObject({ kind: 'content', file: 'datasets/02-more.sql', line: 2 });
  });
  it('a reference that fails', () => {
    expect(engine().gradeQuery({ ...querySpec, solutionSql: 'SELECT\n  nope FROM t' }, 'SELECT 1').error).toMatchObject({ kind: 'content', file: 'solution.sql', line: 2 });
  });
  it('a pipeline batch, initial state or reference that fails', () => {
    const sc = pipeSpec().scenarios[0];
    const badBatch = pipeSpec({ scenarios: [{ ...sc, batches: [sc.batches[0], { name: 'batch-2', sql: 'INSERT INTO batchx VALUES (1);' }] }] });
    expect(new PipelineEngine(SQL).gradePipeline(badBatch, pipeReference).error).toMatchObject({ kind: 'content', file: 'scenarios/01-sample/batch-2.sql', line: 1 });
    const badInitial = pipeSpec({ scenarios: [{ ...sc, initialSql: 'INSERT INTO lookupx VALUES (1);' }] });
    expect(new PipelineEngine(SQL).gradePipeline(badInitial, pipeReference).error).toMatchObject({ kind: 'content', file: 'scenarios/01-sample/initial.sql' });
    const badRef = pipeSpec({ solutionSql: 'INSERT INTO totals (k, n)\nSELECT k, SUM(v) FROM batchx GROUP BY k;' });
    expect(new PipelineEngine(SQL).gradePipeline(badRef, pipeReference).error).toMatchObject({ kind: 'content', file: 'solution.sql', line: 2 });
  });
});

describe('what crosses to the host is bounded (D5)', () => {
  it('clips long text and blobs for display, saying how long they were', () => {
    const clipped = clipForTransfer({ rows: [[new Uint8Array(7_900_000), 'x'.repeat(50_000), 3n, null]] });
    const [blob, text, n, nil] = clipped.rows[0] as unknown[];
    expect(blob).toMatch(/^x'0{128}…' \(a blob of 7,900,000 bytes\)$/);
    expect(text).toMatch(/^x{1000}… \(50,000 characters in all\)$/);
    expect([n, nil]).toEqual([3n, null]);
  });
});

describe('the worker (real thread): poisoning, restarts and the deadline', () => {
  let service: GradingService | undefined;
  afterEach(() => service?.dispose());
  const correct = 'SELECT SUM(x) AS total FROM t';

  it('a smuggled PRAGMA hard_heap_limit is refused, and every later check still works (D2)', async () => {
    service = new GradingService({ workerPath });
    const hostile = await service.gradePipeline(pipeSpec(), `SELECT 1 AS [--]; PRAGMA hard_heap_limit = 1;\n${pipeReference}`);
    expect(hostile.error?.kind).toBe('policy');
    for (let i = 0; i < 3; i++) expect((await service.gradeQuery(querySpec, correct)).status).toBe('correct');
    expect((await service.gradePipeline(pipeSpec(), pipeReference)).status).toBe('correct');
  });

  it('counts only the answer against the deadline: a slow worker start never fails a correct answer', async () => {
    // The worker blocks 1.5 s before loading sql.js; the deadline is 300 ms.
    service = new GradingService({ workerPath, deadlineMs: 300, workerData: { startupDelayMs: 1500 } });
    const t0 = performance.now();
    const g = await service.gradeQuery(querySpec, correct);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1500);
    expect(g.status).toBe('correct');
  });

  it('still stops a runaway answer after a slow start, and says it was the answer', async () => {
    service = new GradingService({ workerPath, deadlineMs: 300, workerData: { startupDelayMs: 1000 } });
    const g = await service.gradeQuery(querySpec, 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r');
    expect(g.error).toEqual({ kind: 'timeout', deadlineMs: 300 });
  });

  it('a runaway answer starved of CPU is still stopped by its wall-clock cap inside the answer', async () => {
    // 10 s of CPU could never be used up in the 0.5 s the answer may run by the wall clock.
    service = new GradingService({ workerPath, deadlineMs: 10_000, answerWallMs: 500 });
    const t0 = performance.now();
    const g = await service.gradeQuery(querySpec, 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r');
    expect(g.error).toEqual({ kind: 'timeout', deadlineMs: 10_000 });
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('a grader stuck outside the answer hits the ceiling with a message that does not blame the answer', async () => {
    service = new GradingService({ workerPath, deadlineMs: 300, ceilingMs: 400, workerData: { startupDelayMs: 2000 } });
    const g = await service.gradeQuery(querySpec, correct);
    expect(g.error?.kind).toBe('internal');
    expect(describeError(g.error!)).toMatch(/outside your answer/);
  });

  it('a result near the size cap crosses clipped (D5)', async () => {
    service = new GradingService({ workerPath });
    const r = await service.runQuery(querySpec, 'SELECT zeroblob(7900000) AS b');
    const cell = r.result?.rows[0][0];
    expect(typeof cell).toBe('string');
    expect(String(cell).length).toBeLessThan(300);
    const g = await service.gradeQuery(querySpec, 'SELECT zeroblob(7900000) AS b');
    expect(JSON.stringify(g, (_, v) => (typeof v === 'bigint' ? String(v) : v)).length).toBeLessThan(20_000);
  });
});

describe('validation grades known-wrong answers only until they fail', () => {
  it('stops at the first failing dataset or scenario when asked, and still says Incorrect', () => {
    const q = new QueryEngine(SQL).gradeQuery({ ...querySpec, stopAtFirstFailure: true }, 'SELECT 0 AS total');
    expect(q.status).toBe('incorrect');
    expect(q.datasets).toHaveLength(1);
    expect(new QueryEngine(SQL).gradeQuery(querySpec, 'SELECT 0 AS total').datasets).toHaveLength(2);
    const two = pipeSpec({ scenarios: [pipeSpec().scenarios[0], { ...pipeSpec().scenarios[0], name: '02-again', visible: false }] });
    const p = new PipelineEngine(SQL).gradePipeline({ ...two, stopAtFirstFailure: true }, 'DELETE FROM totals;');
    expect(p.status).toBe('incorrect');
    expect(p.scenarios).toHaveLength(1);
  });
});
