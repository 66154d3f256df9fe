/**
 * Warm check latency of the canonical pipeline problems: each reference graded through the worker
 * (every scenario, every batch run twice, state and rebuild compared), many times over, on a
 * service that has already graded each problem once (the reference states are cached, as they are
 * for a learner's second check). Target: warm p95 <= 40 ms.
 */
import type { Catalog } from '../src/core/content/catalog';
import type { GradingService } from '../src/core/grading/gradingService';
import { withGeneration } from '../src/core/grading/generate/options';
import type { PipelineProblemSpec } from '../src/core/grading/pipelineTypes';

export const CANONICAL_PIPELINES = ['cdc-upsert', 'scd2-dim-customer', 'incremental-revenue'];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x: number) => Math.round(x * 100) / 100;

export async function benchPipelines(
  grader: GradingService,
  catalog: Catalog,
  iterations = Number(process.env.BENCH_ITERATIONS ?? 60),
): Promise<{ pipeline_warm_p50_ms: number; pipeline_warm_p95_ms: number }> {
  const problems: { spec: PipelineProblemSpec; answer: string }[] = [];
  for (const id of CANONICAL_PIPELINES) {
    const spec = catalog.pipelineSpec(id);
    if (!spec) throw new Error(`canonical pipeline problem ${id} is missing or broken`);
    // Generation off: generationBench.ts measures pipelines with generated scenarios.
    problems.push({ spec: withGeneration(spec, { budgetMs: 0 }), answer: spec.solutionSql });
  }
  // Warm-up: worker started, sql.js loaded, reference states cached.
  for (const p of problems) {
    const g = await grader.gradePipeline(p.spec, p.answer);
    if (g.status !== 'correct') throw new Error(`${p.spec.id}: reference graded ${g.status}`);
  }
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    for (const p of problems) {
      const t0 = performance.now();
      const g = await grader.gradePipeline(p.spec, p.answer);
      times.push(performance.now() - t0);
      if (g.status !== 'correct') throw new Error(`${p.spec.id}: reference graded ${g.status}`);
    }
  }
  return { pipeline_warm_p50_ms: round(percentile(times, 50)), pipeline_warm_p95_ms: round(percentile(times, 95)) };
}
