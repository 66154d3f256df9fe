/** The worker's side of pipeline grading: one engine per worker, so reference states stay cached. */
import type { SqlJsStatic } from 'sql.js';
import { PipelineEngine } from './pipelineEngine';
import type { PipelineGrade, PipelineRunResult } from './pipelineTypes';
import { DEFAULT_LIMITS, type AnswerTimer } from './types';
import type { WorkerRequest } from './workerProtocol';

let engine: { SQL: SqlJsStatic; engine: PipelineEngine } | undefined;

export function handlePipelineRequest(
  SQL: SqlJsStatic,
  req: Extract<WorkerRequest, { op: 'gradePipeline' | 'runPipeline' }>,
  timer?: AnswerTimer,
): PipelineGrade | PipelineRunResult {
  if (!engine || engine.SQL !== SQL) engine = { SQL, engine: new PipelineEngine(SQL, DEFAULT_LIMITS, timer) };
  return req.op === 'gradePipeline' ? engine.engine.gradePipeline(req.spec, req.answer) : engine.engine.runPipeline(req.spec, req.answer);
}

/** What the pipeline engine saw that the policy should have refused, once (then cleared). */
export function pipelineTampered(): string | undefined {
  const t = engine?.engine.tampered;
  if (engine) engine.engine.tampered = undefined;
  return t;
}
