/** Messages between the grading service (host) and the grading worker. */
import type { PipelineProblemSpec } from './pipelineTypes';
import type { QueryProblemSpec } from './types';

/** What the host hands the worker when it starts it. */
export interface WorkerData {
  /** The shared answer clock (answerClock.ts) and the host's Date.now() when it was made. */
  clock?: SharedArrayBuffer;
  clockBase?: number;
  /** Tests only: block this long before loading sql.js, as a busy machine would. */
  startupDelayMs?: number;
}

export type WorkerRequest =
  | { id: number; op: 'ping' }
  | { id: number; op: 'gradeQuery'; spec: QueryProblemSpec; answer: string }
  | { id: number; op: 'runQuery'; spec: QueryProblemSpec; answer: string; dataset?: number }
  | { id: number; op: 'gradePipeline'; spec: PipelineProblemSpec; answer: string }
  | { id: number; op: 'runPipeline'; spec: PipelineProblemSpec; answer: string };

/** Distributes over the union, so `op` and its payload stay paired. */
export type WorkerRequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * `restart`: the worker must be replaced — `after` this response (its state can no longer be
 * trusted), or before a `retry` of the same request (it found itself poisoned before grading).
 */
export type WorkerResponse =
  | { id: number; ok: true; result: unknown; restart?: 'after' }
  | { id: number; ok: false; message: string; restart?: 'after' | 'retry' };
