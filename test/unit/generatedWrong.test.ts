// New wrong answers written from the statements alone (test/fixtures/generated-wrong/<problem>/),
// each a realistic learner mistake. Every one passes the sample, and generated data made from the
// sample alone (the fixed hidden datasets removed) must catch it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource } from '../../src/core/content/contentSource';
import { QueryEngine } from '../../src/core/grading/queryEngine';
import { PipelineEngine } from '../../src/core/grading/pipelineEngine';

const root = path.join(__dirname, '..', '..');
const catalog = new Catalog(fileSystemSource(path.join(root, 'content')));
const fixtures = path.join(root, 'test', 'fixtures', 'generated-wrong');
let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
});

/** Generated cases each answer may use: enough for the generator, bounded so the test is deterministic. */
const MAX_CASES = 3000;

const problems = fs.readdirSync(fixtures).sort();

describe.each(problems)('generated data alone catches new wrong answers to %s', (id) => {
  const answers = fs.readdirSync(path.join(fixtures, id)).filter((f) => f.endsWith('.sql')).sort();

  it('has at least three new wrong answers', () => {
    expect(answers.length).toBeGreaterThanOrEqual(3);
  });

  it.each(answers)('%s', (file) => {
    const answer = fs.readFileSync(path.join(fixtures, id, file), 'utf8');
    const query = catalog.querySpec(id);
    if (query) {
      // Only the sample is kept: it is graded, and it is what generation mutates.
      const spec = { ...query, datasets: query.datasets.filter((d) => d.visible), generation: { ...query.generation, budgetMs: 0, maxCases: MAX_CASES } };
      const engine = new QueryEngine(SQL);
      const g = engine.gradeQuery(spec, answer);
      expect(g.error).toBeUndefined();
      expect(g.datasets[0]).toMatchObject({ visible: true, passed: true });
      expect(g.status).toBe('incorrect');
      const failed = g.datasets[g.firstFailure!];
      expect(failed.generated).toBeDefined();
      expect(failed.counterexample).toBeDefined();
      return;
    }
    const pipeline = catalog.pipelineSpec(id)!;
    const spec = { ...pipeline, scenarios: pipeline.scenarios.filter((s) => s.visible), generation: { ...pipeline.generation, budgetMs: 0, maxCases: MAX_CASES } };
    const g = new PipelineEngine(SQL).gradePipeline(spec, answer);
    expect(g.error).toBeUndefined();
    expect(g.scenarios[0]).toMatchObject({ visible: true, passed: true });
    expect(g.status).toBe('incorrect');
    expect(g.scenarios[g.firstFailure!].generated).toBeDefined();
  }, 180_000);
});
