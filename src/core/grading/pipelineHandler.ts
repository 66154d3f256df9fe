/** Pipeline grading lives here once it exists (issue: pipeline problems). */
import type { SqlJsStatic } from 'sql.js';
import type { WorkerRequest } from './workerProtocol';

export function handlePipelineRequest(_SQL: SqlJsStatic, req: Extract<WorkerRequest, { op: 'gradePipeline' | 'runPipeline' }>): never {
  throw new Error(`${req.op}: pipeline problems are not supported yet`);
}
