// Issue 9 (the learner's flow): expected vs yours as one marked table, Run beside the expected
// sample, stale results, and pipeline runs on any batch with inserted / updated / deleted rows.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource } from '../../src/core/content/contentSource';
import { GradingService } from '../../src/core/grading/gradingService';
import { clampTarget, restoreSql, runPipelineBatch, sqlLiteral } from '../../src/core/grading/pipelineBatchRun';
import type { QueryGrade } from '../../src/core/grading/types';
import { isHostToProblem, isProblemToHost } from '../../src/shared/messages';
import { comparisonView, describeMarks } from '../../src/vscode/views/comparisonView';
import { answerFingerprint, gradeView, pipelineRunView, runView } from '../../src/vscode/views/gradeView';

const at = new Date('2025-03-04T05:06:07Z');
const texts = (cells: { text: string }[]) => cells.map((c) => c.text);

describe('comparisonView: two results in one marked table', () => {
  it('the RANK() answer: the extra row of customer 12 is marked extra, next to its expected row; the rest match', () => {
    const expected = { columns: ['customer_id', 'email'], rows: [[10n, 'ana@new'], [12n, 'cy@new']] };
    const actual = { columns: ['customer_id', 'email'], rows: [[10n, 'ana@new'], [12n, 'cy@new'], [12n, 'cy@old']] };
    const v = comparisonView('Expected and yours', expected, actual, { sides: 'expected' })!;
    expect(v.rows.map((r) => r.mark)).toEqual(['same', 'same', 'extra']);
    expect(texts(v.rows[2].cells)).toEqual(['12', 'cy@old']);
    expect(v.counts).toEqual({ same: 2, extra: 1 });
    expect(v.keyColumns).toBe(1);
    expect(describeMarks(v.counts)).toBe('1 row extra');
  });

  it('a missing and an extra row with the same first value read as one changed row holding both values', () => {
    const expected = { columns: ['id', 'total', 'city'], rows: [[1n, 2.5, 'Oslo'], [2n, 4.5, 'Rome'], [3n, 1, 'Lima']] };
    const actual = { columns: ['id', 'total', 'city'], rows: [[1n, 2n, 'Oslo'], [3n, 1, 'Lima'], [9n, 0, 'Nowhere']] };
    const v = comparisonView('c', expected, actual, { sides: 'expected' })!;
    expect(v.rows.map((r) => r.mark)).toEqual(['changed', 'missing', 'same', 'extra']);
    expect(texts(v.rows[0].cells)).toEqual(['1', '2', 'Oslo']);
    // Only the differing cell carries the other value.
    expect(v.rows[0].was?.map((c) => c?.text ?? null)).toEqual([null, '2.5', null]);
    expect(texts(v.rows[1].cells)).toEqual(['2', '4.5', 'Rome']);
    expect(v.counts).toEqual({ changed: 1, missing: 1, same: 1, extra: 1 });
  });

  it('a declared key aligns rows and comes first; before → after reads inserted / updated / deleted', () => {
    const before = { columns: ['sk', 'customer_id', 'email'], rows: [[1n, 10n, 'a'], [2n, 11n, 'b'], [3n, 12n, 'c']] };
    const after = { columns: ['sk', 'customer_id', 'email'], rows: [[1n, 10n, 'a'], [2n, 11n, 'B'], [4n, 13n, 'd']] };
    const v = comparisonView('customers', before, after, { sides: 'change', key: ['customer_id'] })!;
    expect(v.columns).toEqual(['customer_id', 'sk', 'email']);
    expect(v.rows.map((r) => r.mark)).toEqual(['same', 'updated', 'deleted', 'inserted']);
    expect(v.rows[1].was?.map((c) => c?.text ?? null)).toEqual([null, null, 'b']);
    expect(describeMarks(v.counts)).toBe('1 row inserted, 1 row updated, 1 row deleted');
  });

  it('different columns: no merged table (the page shows both tables)', () => {
    expect(comparisonView('c', { columns: ['a'], rows: [] }, { columns: ['a', 'b'], rows: [] }, { sides: 'expected' })).toBeUndefined();
  });

  it('grades carry the merged table for the sample and the counterexample', () => {
    const grade: QueryGrade = {
      kind: 'query',
      problemId: 'p',
      status: 'incorrect',
      ms: 1,
      firstFailure: 0,
      datasets: [
        {
          name: '01-sample',
          visible: true,
          passed: false,
          findings: [{ kind: 'rowCount', expected: 1, actual: 2 }],
          expected: { columns: ['a'], rows: [[1n]] },
          actual: { columns: ['a'], rows: [[1n], [2n]] },
          counterexample: { tables: [], expected: { columns: ['a'], rows: [[1n]] }, actual: { columns: ['a'], rows: [[1n], [2n]] }, findings: [] },
          ms: 1,
        },
      ],
    };
    const v = gradeView(grade, undefined, at);
    expect(v.sample?.pairs[0].comparison?.rows.map((r) => r.mark)).toEqual(['same', 'extra']);
    expect(v.counterexample?.comparison?.counts).toEqual({ same: 1, extra: 1 });
  });
});

describe('Run beside the expected sample, and stale results', () => {
  const result = (rows: bigint[][]) => ({ problemId: 'p', dataset: '01-sample', result: { columns: ['n'], rows }, ms: 1 });
  it('says whether the sample matches, by the problem rules, and merges the two results', () => {
    const same = runView(result([[2n], [1n]]), at, { result: { columns: ['n'], rows: [[1n], [2n]] }, compare: {} });
    expect(same.verdict).toEqual({ matches: true, text: expect.stringMatching(/^Your result matches the expected result on the sample/) });
    expect(same.comparison?.counts).toEqual({ same: 2 });
    const ordered = runView(result([[2n], [1n]]), at, { result: { columns: ['n'], rows: [[1n], [2n]] }, compare: { orderBy: [{ column: 0, descending: false }] } });
    expect(ordered.verdict?.matches).toBe(false);
    expect(ordered.verdict?.text).toMatch(/out of order/);
    const wrong = runView(result([[1n], [3n]]), at, { result: { columns: ['n'], rows: [[1n], [2n]] } });
    expect(wrong.verdict?.matches).toBe(false);
    expect(wrong.comparison?.rows.map((r) => r.mark)).toEqual(['same', 'missing', 'extra']);
  });

  it('columns that differ: the expected rows are still shown, as their own table', () => {
    const v = runView(result([[1n]]), at, { result: { columns: ['n', 'm'], rows: [[1n, 2n]] } });
    expect(v.comparison).toBeUndefined();
    expect(v.expected?.rows).toHaveLength(1);
    expect(v.verdict?.text).toMatch(/columns?/);
  });

  it('fingerprints tell texts apart, and the page hears when the answer changes', () => {
    expect(answerFingerprint('SELECT 1;')).toBe(answerFingerprint('SELECT 1;'));
    expect(answerFingerprint('SELECT 1;')).not.toBe(answerFingerprint('SELECT 2;'));
    expect(answerFingerprint('ab')).not.toBe(answerFingerprint('ba'));
    expect(isHostToProblem({ type: 'answer', fingerprint: answerFingerprint('x') })).toBe(true);
    expect(isHostToProblem({ type: 'answer' })).toBe(false);
    expect(isProblemToHost({ type: 'runTarget', scenario: 0, batch: 1 })).toBe(true);
    expect(isProblemToHost({ type: 'runTarget', scenario: -1, batch: 1 })).toBe(false);
    expect(isProblemToHost({ type: 'runTarget', scenario: 0, batch: 1.5 })).toBe(false);
  });
});

describe('pipeline runs on any batch', () => {
  it('state is carried between batches as SQL literals that keep each type', () => {
    expect([null, 3n, 1.5, 2, "it's", new Uint8Array([0, 255])].map(sqlLiteral)).toEqual(['NULL', '3', '1.5', '2.0', "'it''s'", "X'00ff'"]);
    expect(restoreSql([{ name: 't', columns: ['a', 'b'], rows: [[1n, 'x']] }, { name: 'u', columns: ['c'], rows: [] }])).toBe('DELETE FROM main."t";\nINSERT INTO main."t" ("a", "b") VALUES\n(1, \'x\');\nDELETE FROM main."u";');
  });

  const root = path.join(__dirname, '..', '..');
  const shipped = new Catalog(fileSystemSource(path.join(root, 'content')));
  const service = new GradingService({ workerPath: path.join(root, 'dist', 'grading-worker.js'), deadlineMs: 5000 });
  afterAll(() => service.dispose());
  const step = (s: Parameters<typeof service.runPipeline>[0], script: string) => service.runPipeline(s, script);
  const dir = (module: string, id: string) => path.join(root, 'content', 'modules', module, 'problems', id);

  it('batch 2 of the sample runs after batch 1, on the state batch 1 left; rows are marked', async () => {
    const spec = shipped.pipelineSpec('cdc-upsert')!;
    expect(clampTarget(spec, { scenario: 0, batch: 99 })).toEqual({ scenario: 0, batch: spec.scenarios[0].batches.length - 1 });
    const solution = fs.readFileSync(path.join(dir('batch', 'cdc-upsert'), 'solution.sql'), 'utf8');
    const first = await runPipelineBatch(step, spec, solution, { scenario: 0, batch: 0 });
    const second = await runPipelineBatch(step, spec, solution, { scenario: 0, batch: 1 });
    expect(second.error).toBeUndefined();
    expect(second.batch).toBe(spec.scenarios[0].batches[1].name);
    // The state before batch 2 is the state after batch 1.
    expect(second.before).toEqual(first.after);
    const v = pipelineRunView(second, at, { run: second, targets: spec.targets });
    expect(v.target).toEqual({ scenario: 0, batch: 1, batchCount: spec.scenarios[0].batches.length });
    expect(v.where).toMatch(/batch 2 of \d+ \(batch-2\), after your script ran on the batch before it/);
    const change = v.changes?.find((c) => c.caption.startsWith('customers'));
    expect(change).toBeDefined();
    const marks = new Set(change!.rows.map((r) => r.mark));
    expect([...marks].some((m) => m === 'inserted' || m === 'updated' || m === 'deleted')).toBe(true);
    // Compared with itself, the reference matches.
    expect(v.verdict?.matches).toBe(true);
  });

  it('a script that overwrites instead of adding is told, on batch 2, that it differs from the expected state, row by row', async () => {
    const spec = shipped.pipelineSpec('incremental-revenue')!;
    const d = dir('foundations', 'incremental-revenue');
    const reference = await runPipelineBatch(step, spec, fs.readFileSync(path.join(d, 'solution.sql'), 'utf8'), { batch: 1 });
    const overwrite = fs.readFileSync(path.join(d, 'wrong', 'overwrite-with-batch.sql'), 'utf8');
    const v = pipelineRunView(await runPipelineBatch(step, spec, overwrite, { batch: 1 }), at, { run: reference, targets: spec.targets });
    expect(v.verdict?.matches).toBe(false);
    expect(v.verdict?.text).toMatch(/differ from the expected state \(restaurant_revenue: \d+ rows? different\)/);
    const revenue = v.comparisons!.find((c) => c.caption.startsWith('restaurant_revenue'))!;
    expect(revenue.counts.changed).toBeGreaterThan(0);
    // A changed row holds the expected value of each differing cell beside yours.
    const changed = revenue.rows.find((r) => r.mark === 'changed')!;
    expect(changed.was?.some((c) => c !== null)).toBe(true);
  });

});
