/** Benchmarks that other parts of the product add (pipelines, activation, stress, validate); keys go to results.json. */
import type { Catalog } from '../src/core/content/catalog';
import type { GradingService } from '../src/core/grading/gradingService';
import { activationBenchmark } from './activation';
import { benchPipelines } from './pipelineBench';
import { benchStress } from './stressBench';
import { benchValidate } from './validateBench';

export interface BenchContext {
  service: GradingService;
  catalog: Catalog;
  root: string;
}

export async function extraBenchmarks(ctx: BenchContext): Promise<Record<string, number>> {
  return {
    ...(await benchPipelines(ctx.service, ctx.catalog)),
    ...activationBenchmark(ctx.root),
    ...(await benchStress(ctx.catalog, ctx.root)),
    ...benchValidate(ctx.root),
  };
}
