/** Messages between the grading service (host) and the grading worker. */
import type { PipelineProblemSpec } from './pipelineTypes';
import type { QueryProblemSpec } from './types';

export type WorkerRequest =
  | { id: number; op: 'ping' }
  | { id: number; op: 'gradeQuery'; spec: QueryProblemSpec; answer: string }
  | { id: number; op: 'runQuery'; spec: QueryProblemSpec; answer: string; dataset?: number }
  | { id: number; op: 'gradePipeline'; spec: PipelineProblemSpec; answer: string }
  | { id: number; op: 'runPipeline'; spec: PipelineProblemSpec; answer: string };

/** Distributes over the union, so `op` and its payload stay paired. */
export type WorkerRequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };
