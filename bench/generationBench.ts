/**
 * Generated hidden data (src/core/grading/generate/): a warm Check of each canonical problem's
 * reference with generation on at the default budget, how many generated datasets (or scenarios)
 * that budget covered, and the cold first check with generation on. Target: warm p95 < 80 ms.
 * The other figures of bench.ts and pipelineBench.ts are taken with generation off, so they stay
 * comparable with earlier runs.
 */
import type { Catalog } from '../src/core/content/catalog';
import { DEFAULT_GENERATION_BUDGET_MS } from '../src/core/grading/generate/options';
import { GradingService } from '../src/core/grading/gradingService';
import type { PipelineProblemSpec } from '../src/core/grading/pipelineTypes';
import type { QueryProblemSpec } from '../src/core/grading/types';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x: number) => Math.round(x * 100) / 100;

export async function benchGeneration(
  service: GradingService,
  catalog: Catalog,
  queries: string[],
  pipelines: string[],
  workerPath: string,
  iterations = Number(process.env.BENCH_ITERATIONS ?? 60),
): Promise<Record<string, number>> {
  const q = queries.map((id) => catalog.querySpec(id)).filter((s): s is QueryProblemSpec => !!s);
  const p = pipelines.map((id) => catalog.pipelineSpec(id)).filter((s): s is PipelineProblemSpec => !!s);
  // Warm-up: references cached, the generator's view of each problem read once.
  for (const s of q) await service.gradeQuery(s, s.solutionSql);
  for (const s of p) await service.gradePipeline(s, s.solutionSql);
  const qTimes: number[] = [];
  const qCases: number[] = [];
  const pTimes: number[] = [];
  const pCases: number[] = [];
  for (let i = 0; i < iterations; i++) {
    for (const s of q) {
      const t0 = performance.now();
      const g = await service.gradeQuery(s, s.solutionSql);
      qTimes.push(performance.now() - t0);
      if (g.status !== 'correct') throw new Error(`${s.id}: reference graded ${g.status} with generated data`);
      qCases.push(g.generation?.cases ?? 0);
    }
    for (const s of p) {
      const t0 = performance.now();
      const g = await service.gradePipeline(s, s.solutionSql);
      pTimes.push(performance.now() - t0);
      if (g.status !== 'correct') throw new Error(`${s.id}: reference graded ${g.status} with generated scenarios`);
      pCases.push(g.generation?.cases ?? 0);
    }
  }
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = new GradingService({ workerPath });
    const t0 = performance.now();
    const g = await fresh.gradeQuery(q[0], q[0].solutionSql);
    cold.push(performance.now() - t0);
    if (g.status !== 'correct') throw new Error(`cold check of ${q[0].id} was ${g.status}`);
    fresh.dispose();
  }
  return {
    generation_budget_ms: DEFAULT_GENERATION_BUDGET_MS,
    generated_warm_p50_ms: round(percentile(qTimes, 50)),
    generated_warm_p95_ms: round(percentile(qTimes, 95)),
    generated_datasets_p50: percentile(qCases, 50),
    generated_datasets_min: Math.min(...qCases),
    generated_pipeline_warm_p50_ms: round(percentile(pTimes, 50)),
    generated_pipeline_warm_p95_ms: round(percentile(pTimes, 95)),
    generated_scenarios_p50: percentile(pCases, 50),
    generated_scenarios_min: Math.min(...pCases),
    generated_cold_first_check_ms: round(percentile(cold, 50)),
  };
}
