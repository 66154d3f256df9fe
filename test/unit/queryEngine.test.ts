import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryEngine } from '../../src/core/grading/queryEngine';
import { DEFAULT_LIMITS, type QueryProblemSpec } from '../../src/core/grading/types';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
});

const spec = (over: Partial<QueryProblemSpec> = {}): QueryProblemSpec => ({
  id: 'orders-per-customer',
  schemaSql: 'CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER, amount INTEGER NOT NULL);',
  datasets: [
    { name: 'sample', visible: true, sql: 'INSERT INTO orders VALUES (1, 10, 5), (2, 10, 7), (3, 11, 1);' },
    {
      name: 'hidden-nulls',
      visible: false,
      sql: `INSERT INTO orders VALUES ${Array.from({ length: 20 }, (_, i) => `(${i + 1}, ${i % 4 === 0 ? 'NULL' : 10 + (i % 3)}, ${i + 1})`).join(', ')};`,
    },
  ],
  solutionSql: 'SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id',
  compare: {},
  ...over,
});

describe('QueryEngine.gradeQuery', () => {
  it('accepts the reference and an equivalent answer written differently', () => {
    const engine = new QueryEngine(SQL);
    expect(engine.gradeQuery(spec(), spec().solutionSql).status).toBe('correct');
    const alt = 'SELECT o.customer_id AS c, (SELECT COUNT(*) FROM orders i WHERE i.customer_id IS o.customer_id) FROM orders o GROUP BY 1';
    expect(engine.gradeQuery(spec(), alt).status).toBe('correct');
  });

  it('maps a SQL error to the line and column of the learner file', () => {
    const answer = 'SELECT customer_id,\n       COUNT(*)\nFROM orderz\nGROUP BY customer_id';
    const g = new QueryEngine(SQL).gradeQuery(spec(), answer);
    expect(g.status).toBe('error');
    expect(g.error).toMatchObject({ kind: 'sql', message: 'no such table: orderz', line: 3, column: 6 });
  });

  it('locates a syntax error at the token SQLite names, ignoring comments', () => {
    const answer = '-- FROM in a comment\nSELECT customer_id COUNT(*)\nFROM orders GROUP BY 1';
    const g = new QueryEngine(SQL).gradeQuery(spec(), answer);
    expect(g.error).toMatchObject({ kind: 'sql', line: 2 });
    expect((g.error as { message: string }).message).toMatch(/syntax error/);
  });

  it('locates a syntax error at a trailing semicolon (regression: was reported at line 1)', () => {
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'SELECT customer_id, COUNT(*)\nFROM orders\nWHERE amount >;');
    expect(g.error).toMatchObject({ kind: 'sql', message: 'near ";": syntax error', line: 3, column: 15 });
  });

  it('puts the column-count step first on the ladder', () => {
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'SELECT customer_id FROM orders GROUP BY 1');
    expect(g.status).toBe('incorrect');
    expect(g.datasets[0].findings[0]).toMatchObject({ kind: 'columnCount', expected: 2, actual: 1 });
  });

  it('shows the visible dataset in full and shrinks a failing hidden one to a few rows', () => {
    // Wrong only when customer_id is NULL: the sample passes, the hidden dataset fails.
    const wrong = 'SELECT customer_id, COUNT(customer_id) FROM orders GROUP BY customer_id';
    const g = new QueryEngine(SQL).gradeQuery(spec(), wrong);
    expect(g.status).toBe('incorrect');
    expect(g.datasets[0]).toMatchObject({ passed: true, visible: true });
    expect(g.datasets[0].expected?.rows.length).toBe(2);
    const hidden = g.datasets[1];
    expect(hidden.passed).toBe(false);
    expect(hidden.expected).toBeUndefined();
    const cx = hidden.counterexample!;
    expect(cx.tables[0].name).toBe('orders');
    // One NULL-customer order is enough to show the difference.
    expect(cx.tables[0].rows).toHaveLength(1);
    expect(cx.tables[0].rows[0][1]).toBeNull();
    expect(cx.expected.rows).toEqual([[null, 1n]]);
    expect(cx.actual.rows).toEqual([[null, 0n]]);
    expect(g.firstFailure).toBe(1);
  });

  it('shrinks to the same counterexample on a busy machine: attempts bound it, not the clock', () => {
    const wrong = 'SELECT customer_id, COUNT(customer_id) FROM orders GROUP BY customer_id';
    const idle = new QueryEngine(SQL).gradeQuery(spec(), wrong).datasets[1].counterexample!;
    // A starved machine: every look at the clock finds 2 ms gone.
    let t = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 2));
    try {
      const busy = new QueryEngine(SQL).gradeQuery(spec(), wrong).datasets[1].counterexample!;
      expect(busy.tables).toEqual(idle.tables);
      expect(busy.tables[0].rows).toHaveLength(1);
    } finally {
      clock.mockRestore();
    }
    // With no attempts allowed, nothing is removed: the whole hidden dataset is the counterexample.
    const none = new QueryEngine(SQL, { ...DEFAULT_LIMITS, shrinkAttempts: 0 }).gradeQuery(spec(), wrong).datasets[1].counterexample!;
    expect(none.tables[0].rows.length).toBeGreaterThan(1);
  });

  it('refuses ATTACH, several statements and writes with a clear message', () => {
    const e = new QueryEngine(SQL);
    expect(e.gradeQuery(spec(), "ATTACH ':memory:' AS other").error).toMatchObject({ kind: 'policy', message: expect.stringMatching(/ATTACH is not allowed/) });
    expect(e.gradeQuery(spec(), 'SELECT 1; SELECT 2').error).toMatchObject({ kind: 'policy', line: 1, column: 11 });
    expect(e.gradeQuery(spec(), 'DELETE FROM orders').error).toMatchObject({ kind: 'policy' });
    expect(e.gradeQuery(spec(), "SELECT load_extension('x')").error).toMatchObject({ kind: 'policy' });
    // A word inside a string or comment is not a statement.
    expect(e.gradeQuery(spec(), "SELECT customer_id, COUNT(*) FROM orders -- ATTACH; PRAGMA\nWHERE 'x;ATTACH' <> '' GROUP BY 1").status).toBe('correct');
  });

  it('keeps query answers read-only even through a WITH clause', () => {
    const g = new QueryEngine(SQL).gradeQuery(spec(), 'WITH x AS (SELECT 1) DELETE FROM orders');
    expect(g.status).toBe('error');
  });

  it('caps the number of rows an answer may return', () => {
    const engine = new QueryEngine(SQL, { ...DEFAULT_LIMITS, maxRows: 100 });
    const g = engine.gradeQuery(spec(), 'SELECT a.order_id, b.order_id FROM orders a, orders b, orders c');
    expect(g.error).toMatchObject({ kind: 'limit' });
  });

  it('stops a memory-hungry query with a clear message, and the engine keeps working', () => {
    const engine = new QueryEngine(SQL, { ...DEFAULT_LIMITS, maxHeapBytes: 32 * 1024 * 1024 });
    const bomb = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 2000) SELECT length(group_concat(randomblob(100000))), 1 FROM r';
    const g = engine.gradeQuery(spec(), bomb);
    expect(g.error).toMatchObject({ kind: 'limit', message: expect.stringMatching(/more than 32 MB of memory/) });
    expect(new QueryEngine(SQL).gradeQuery(spec(), spec().solutionSql).status).toBe('correct');
  });

  it('blames the content, not the learner, when the reference is broken', () => {
    const g = new QueryEngine(SQL).gradeQuery(spec({ solutionSql: 'SELECT nope FROM orders' }), 'SELECT 1, 2');
    expect(g.error).toMatchObject({ kind: 'content' });
  });

  it('returns an empty result with its column names', () => {
    const r = new QueryEngine(SQL).runQuery(spec(), 'SELECT order_id, amount FROM orders WHERE 0');
    expect(r.result).toEqual({ columns: ['order_id', 'amount'], rows: [] });
  });

  it("uses SQLite's own functions, not sql.js's legacy ones", () => {
    const r = new QueryEngine(SQL).runQuery(spec(), 'SELECT log(100), 7 / 2, 7 / 2.0');
    expect(r.result?.rows[0]).toEqual([2, 3n, 3.5]);
  });
});
