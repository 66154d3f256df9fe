/**
 * The grading worker: owns sql.js and answers requests one at a time. It lives in its own thread so
 * that the host can terminate a statement that never ends (sql.js cannot interrupt one).
 *
 * Every request starts from a state no earlier answer could touch: the worker checks SQLite's
 * process-wide settings before and after each request, and asks the host to replace it when they
 * changed, when an engine saw a statement the policy should have refused, or after an internal
 * error. What crosses back to the host is clipped for display (see clipForTransfer).
 */
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { WorkerAnswerClock } from './answerClock';
import { handlePipelineRequest, pipelineTampered } from './pipelineHandler';
import { QueryEngine, messageOf } from './queryEngine';
import { DEFAULT_LIMITS } from './types';
import { clipForTransfer } from './values';
import type { WorkerData, WorkerRequest, WorkerResponse } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const data = (workerData ?? {}) as WorkerData;
const clock = data.clock ? new WorkerAnswerClock(data.clock, data.clockBase ?? Date.now()) : undefined;

// Tests inject a slow start (a busy machine, a slow disk) to prove it never counts against an answer.
if (data.startupDelayMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, data.startupDelayMs);

// The SQLite functions the lessons describe are SQLite's own: the legacy extra functions of sql.js
// would shadow some of them (log(8) would be the natural log).
const ready = initSqlJs({ locateFile: (file: string) => path.join(__dirname, file), useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]).then(
  (SQL) => {
    const query = new QueryEngine(SQL, DEFAULT_LIMITS, clock);
    // The settings as the engine left them (it sets the heap limit): what every request must find.
    return { SQL, query, settings: readSettings(SQL) };
  },
);

/**
 * SQLite's process-wide settings that decide how every later check behaves. A statement that
 * slipped past the policy could change them (PRAGMA hard_heap_limit acts while being prepared).
 */
function readSettings(SQL: SqlJsStatic): string {
  try {
    const db = new SQL.Database();
    try {
      const heap = db.exec('PRAGMA hard_heap_limit')[0]?.values[0][0];
      const soft = db.exec('PRAGMA soft_heap_limit')[0]?.values[0][0];
      return `hard_heap_limit ${heap}, soft_heap_limit ${soft}`;
    } finally {
      db.close();
    }
  } catch (e) {
    return `no database opens (${messageOf(e)})`;
  }
}

function settingsProblem(SQL: SqlJsStatic, expected: string): string | undefined {
  const now = readSettings(SQL);
  return now === expected ? undefined : `${now}, expected ${expected}`;
}

port.on('message', async (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const { SQL, query, settings } = await ready;
    const before = settingsProblem(SQL, settings);
    if (before) {
      // Never grade on a poisoned worker: the host replaces it and sends the request again.
      port.postMessage({ id: req.id, ok: false, message: before, restart: 'retry' } satisfies WorkerResponse);
      return;
    }
    let result: unknown;
    switch (req.op) {
      case 'ping':
        result = 'pong';
        break;
      case 'gradeQuery':
        result = query.gradeQuery(req.spec, req.answer);
        break;
      case 'runQuery':
        result = query.runQuery(req.spec, req.answer, req.dataset);
        break;
      case 'gradePipeline':
      case 'runPipeline':
        result = handlePipelineRequest(SQL, req, clock);
        break;
    }
    const tampered = query.tampered ?? pipelineTampered();
    query.tampered = undefined;
    const after = settingsProblem(SQL, settings);
    if (after) {
      // The answer changed SQLite for everyone after it: its own verdict cannot stand either.
      res = { id: req.id, ok: true, result: asPolicyError(result, `The answer changed how SQLite behaves for the grader (${after}); it cannot be graded.`), restart: 'after' };
    } else {
      res = { id: req.id, ok: true, result: clipForTransfer(result), ...(tampered ? { restart: 'after' as const } : {}) };
    }
  } catch (e) {
    res = { id: req.id, ok: false, message: messageOf(e), restart: 'after' };
  }
  port.postMessage(res);
});

/** The same grade, now an Error with a policy message (a grade or run result has these fields). */
function asPolicyError(result: unknown, message: string): unknown {
  const r = result as { status?: string; error?: unknown; datasets?: unknown[]; scenarios?: unknown[] };
  const error = { kind: 'policy', message, line: 1, column: 1 };
  if (r && typeof r === 'object' && 'status' in r) return { ...r, status: 'error', error, ...(r.datasets ? { datasets: [] } : {}), ...(r.scenarios ? { scenarios: [] } : {}) };
  return { ...(r as object), result: undefined, before: undefined, after: undefined, error };
}
