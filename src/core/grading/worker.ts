/**
 * The grading worker: owns sql.js and answers requests one at a time. It lives in its own thread so
 * that the host can terminate a statement that never ends (sql.js cannot interrupt one).
 */
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import initSqlJs from 'sql.js';
import { QueryEngine, messageOf } from './queryEngine';
import { handlePipelineRequest } from './pipelineHandler';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

// The SQLite functions the lessons describe are SQLite's own: the legacy extra functions of sql.js
// would shadow some of them (log(8) would be the natural log).
const ready = initSqlJs({ locateFile: (file: string) => path.join(__dirname, file), useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]).then(
  (SQL) => ({ SQL, query: new QueryEngine(SQL) }),
);

port.on('message', async (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const { SQL, query } = await ready;
    switch (req.op) {
      case 'ping':
        res = { id: req.id, ok: true, result: 'pong' };
        break;
      case 'gradeQuery':
        res = { id: req.id, ok: true, result: query.gradeQuery(req.spec, req.answer) };
        break;
      case 'runQuery':
        res = { id: req.id, ok: true, result: query.runQuery(req.spec, req.answer, req.dataset) };
        break;
      case 'gradePipeline':
      case 'runPipeline':
        res = { id: req.id, ok: true, result: handlePipelineRequest(SQL, req) };
        break;
    }
  } catch (e) {
    res = { id: req.id, ok: false, message: messageOf(e) };
  }
  port.postMessage(res);
});
