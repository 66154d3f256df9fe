import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GradingService } from '../../src/core/grading/gradingService';
import type { QueryProblemSpec } from '../../src/core/grading/types';

const workerPath = path.join(__dirname, '..', '..', 'dist', 'grading-worker.js');
const spec: QueryProblemSpec = {
  id: 't',
  schemaSql: 'CREATE TABLE t(x INTEGER);',
  datasets: [{ name: 'sample', visible: true, sql: 'INSERT INTO t VALUES (1), (2);' }],
  solutionSql: 'SELECT SUM(x) FROM t',
  compare: {},
};
const runaway = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r';

let service: GradingService | undefined;
afterEach(() => service?.dispose());

describe('GradingService (real worker)', () => {
  it('starts no worker until the first request', async () => {
    service = new GradingService({ workerPath });
    expect(service.started).toBe(false);
    const g = await service.gradeQuery(spec, 'SELECT 3');
    expect(g.status).toBe('correct');
    expect(service.started).toBe(true);
  });

  it('stops a query that never ends at the deadline, and the next check works', async () => {
    service = new GradingService({ workerPath, deadlineMs: 500 });
    const t0 = performance.now();
    const g = await service.gradeQuery(spec, runaway);
    const elapsed = performance.now() - t0;
    expect(g.status).toBe('error');
    expect(g.error).toEqual({ kind: 'timeout', deadlineMs: 500 });
    // Stopped by the deadline, not by the query (which never ends): well before the 60 s ceiling.
    expect(elapsed).toBeLessThan(30_000);
    expect(service.started).toBe(false);
    const next = await service.gradeQuery(spec, 'SELECT SUM(x) FROM t');
    expect(next.status).toBe('correct');
  });

  it('queues requests so a runaway one does not take the next down with it', async () => {
    service = new GradingService({ workerPath, deadlineMs: 400 });
    const [a, b] = await Promise.all([service.gradeQuery(spec, runaway), service.gradeQuery(spec, 'SELECT 3')]);
    expect(a.error?.kind).toBe('timeout');
    expect(b.status).toBe('correct');
  });

  it('runs an answer on the sample and returns its rows', async () => {
    service = new GradingService({ workerPath });
    const r = await service.runQuery(spec, 'SELECT x, x * 1.5 FROM t ORDER BY x');
    expect(r.result?.rows).toEqual([
      [1n, 1.5],
      [2n, 3],
    ]);
  });

  it('answers after dispose with an error instead of hanging', async () => {
    service = new GradingService({ workerPath });
    service.dispose();
    const g = await service.gradeQuery(spec, 'SELECT 3');
    expect(g.error?.kind).toBe('internal');
  });
});
