// The three canonical pipeline problems, graded through the built worker (dist/grading-worker.js)
// exactly as `de-dojo check` grades them: the reference passes, the starter and every known-wrong
// answer fail, and the non-idempotent answers are reported as replay failures.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource } from '../../src/core/content/contentSource';
import { DiagnosticBag } from '../../src/core/content/diagnostics';
import { pipelineHeadline } from '../../src/core/grading/describePipeline';
import { GradingService } from '../../src/core/grading/gradingService';
import { validateProblem } from '../../src/core/content/validateProblem';

const root = path.join(__dirname, '..', '..');
const workerPath = path.join(root, 'dist', 'grading-worker.js');
const catalog = new Catalog(fileSystemSource(path.join(root, 'content')));
let grader: GradingService;
beforeAll(() => {
  grader = new GradingService({ workerPath, deadlineMs: 10_000 });
});
afterAll(() => grader.dispose());

const files = (id: string) => {
  const f = catalog.problemFiles(id).files;
  if (f?.kind !== 'pipeline') throw new Error(`${id} is not a loadable pipeline problem`);
  return f;
};

describe.each(['cdc-upsert', 'scd2-dim-customer', 'incremental-revenue'])('canonical pipeline problem %s', (id) => {
  it('accepts its reference', async () => {
    const g = await grader.gradePipeline(catalog.pipelineSpec(id)!, files(id).solutionSql);
    expect(g.status).toBe('correct');
    expect(g.scenarios.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects its starter and every known-wrong answer as incorrect (not an error)', async () => {
    const f = files(id);
    expect(f.wrong.length).toBeGreaterThanOrEqual(3);
    const spec = catalog.pipelineSpec(id)!;
    for (const answer of [{ name: 'starter', sql: f.starterSql }, ...f.wrong]) {
      const g = await grader.gradePipeline(spec, answer.sql);
      expect({ name: answer.name, status: g.status }).toEqual({ name: answer.name, status: 'incorrect' });
      expect(g.scenarios[g.firstFailure!].failure).toBeDefined();
    }
  });

  it('passes the content checks of `de-dojo validate`', async () => {
    const bag = new DiagnosticBag();
    await validateProblem(catalog.problem(id)!, files(id), grader, bag);
    expect(bag.items).toEqual([]);
  });
});

describe('non-idempotent answers', () => {
  it('incremental-revenue: adding a batch on every run is a replay failure naming the batch and the rows', async () => {
    const f = files('incremental-revenue');
    const wrong = f.wrong.find((w) => w.name === 'add-every-run')!;
    const g = await grader.gradePipeline(catalog.pipelineSpec('incremental-revenue')!, wrong.sql);
    const s = g.scenarios[0];
    expect(s.failure).toMatchObject({ check: 'replay', batch: 'batch-1', table: 'restaurant_revenue' });
    expect(s.failure!.diff!.updated.map((u) => u.key)).toEqual([[1], [2]].map((k) => k.map(BigInt)));
    expect(pipelineHeadline(g)).toContain('the second run on batch-1 changed 2 rows of restaurant_revenue');
  });

  it('scd2-dim-customer: opening versions by valid_to is a replay failure (a duplicate current row)', async () => {
    const f = files('scd2-dim-customer');
    const wrong = f.wrong.find((w) => w.name === 'reopen-by-valid-to')!;
    const g = await grader.gradePipeline(catalog.pipelineSpec('scd2-dim-customer')!, wrong.sql);
    const fail = g.scenarios[0].failure!;
    expect(fail).toMatchObject({ check: 'replay', batch: 'batch-1', table: 'dim_customer' });
    expect(fail.diff!.inserted).toEqual([[101n, 'Lille', '2024-02-01', null, 1n]]);
  });

  it('incremental-revenue: a ledger that forgets older runs fails on a later redelivery, not on replay', async () => {
    const f = files('incremental-revenue');
    const wrong = f.wrong.find((w) => w.name === 'ledger-last-batch-only')!;
    const g = await grader.gradePipeline(catalog.pipelineSpec('incremental-revenue')!, wrong.sql);
    expect(g.scenarios[0].passed).toBe(true);
    const failed = g.scenarios.find((s) => !s.passed)!;
    expect(failed.failure).toMatchObject({ check: 'state' });
  });
});

describe('GradingService pipeline requests', () => {
  it('runs the sample batch through the worker', async () => {
    const r = await grader.runPipeline(catalog.pipelineSpec('cdc-upsert')!, files('cdc-upsert').solutionSql);
    expect(r.error).toBeUndefined();
    expect(r.batch).toBe('batch-1');
    expect(r.after![0].rows.length).toBe(r.before![0].rows.length + 1);
    expect(r.effects!.length).toBe(1);
  });

  it('stops a script that never ends at the deadline, and the next check works', async () => {
    const local = new GradingService({ workerPath, deadlineMs: 500 });
    try {
      const spec = catalog.pipelineSpec('incremental-revenue')!;
      const runaway = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r;';
      const g = await local.gradePipeline(spec, runaway);
      expect(g.status).toBe('error');
      expect(g.error).toEqual({ kind: 'timeout', deadlineMs: 500 });
      local.deadlineMs = 10_000;
      expect((await local.gradePipeline(spec, files('incremental-revenue').solutionSql)).status).toBe('correct');
    } finally {
      local.dispose();
    }
  });
});
