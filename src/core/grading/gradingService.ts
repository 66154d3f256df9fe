/**
 * The host side of grading: starts the worker on first use, sends one request at a time, and
 * enforces the deadline by terminating the worker (the only way to stop a running sql.js
 * statement). The next request starts a fresh worker, so a runaway query costs one restart.
 */
import { Worker } from 'node:worker_threads';
import type { PipelineGrade, PipelineProblemSpec, PipelineRunResult } from './pipelineTypes';
import type { GradeError, QueryGrade, QueryProblemSpec, RunResult } from './types';
import type { WorkerRequestBody, WorkerResponse } from './workerProtocol';

export interface GradingServiceOptions {
  /** Path of the built worker script (dist/grading-worker.js). */
  workerPath: string;
  /** Milliseconds before a request is abandoned and the worker restarted. */
  deadlineMs?: number;
  /** Heap cap of the worker's JavaScript side, in MB. */
  maxHeapMb?: number;
  log?: (message: string) => void;
}

export type CallOutcome<T> = { ok: true; result: T } | { ok: false; error: GradeError };

export class GradingService {
  private worker: Worker | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private pending: { id: number; worker: Worker; resolve: (r: CallOutcome<unknown>) => void; timer: NodeJS.Timeout } | undefined;
  private disposed = false;
  deadlineMs: number;

  constructor(private readonly options: GradingServiceOptions) {
    this.deadlineMs = options.deadlineMs ?? 2000;
  }

  /** Has a worker been started (tests use this to prove activation stays light). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  async gradeQuery(spec: QueryProblemSpec, answer: string): Promise<QueryGrade> {
    const t0 = performance.now();
    const out = await this.call<QueryGrade>({ op: 'gradeQuery', spec, answer });
    if (out.ok) return out.result;
    return { kind: 'query', problemId: spec.id, status: 'error', error: out.error, datasets: [], ms: performance.now() - t0 };
  }

  async runQuery(spec: QueryProblemSpec, answer: string, dataset = 0): Promise<RunResult> {
    const t0 = performance.now();
    const out = await this.call<RunResult>({ op: 'runQuery', spec, answer, dataset });
    if (out.ok) return out.result;
    return { problemId: spec.id, dataset: spec.datasets[dataset]?.name ?? '', error: out.error, ms: performance.now() - t0 };
  }

  async gradePipeline(spec: PipelineProblemSpec, answer: string): Promise<PipelineGrade> {
    const t0 = performance.now();
    const out = await this.call<PipelineGrade>({ op: 'gradePipeline', spec, answer });
    if (out.ok) return out.result;
    return { kind: 'pipeline', problemId: spec.id, status: 'error', error: out.error, scenarios: [], ms: performance.now() - t0 };
  }

  /** Runs a pipeline answer once on the sample scenario's first batch. */
  async runPipeline(spec: PipelineProblemSpec, answer: string): Promise<PipelineRunResult> {
    const t0 = performance.now();
    const out = await this.call<PipelineRunResult>({ op: 'runPipeline', spec, answer });
    if (out.ok) return out.result;
    const sample = spec.scenarios[0];
    return { problemId: spec.id, scenario: sample?.name ?? '', batch: sample?.batches[0]?.name ?? '', error: out.error, ms: performance.now() - t0 };
  }

  /** Starts the worker and waits until sql.js is loaded (used by benchmarks and warm-up). */
  async warmUp(): Promise<void> {
    await this.call({ op: 'ping' });
  }

  /** Sends one request; requests queue so a runaway answer never takes another down with it. */
  call<T>(body: WorkerRequestBody): Promise<CallOutcome<T>> {
    const run = () => this.send<T>(body);
    const p = this.queue.then(run, run);
    this.queue = p;
    return p;
  }

  private send<T>(body: WorkerRequestBody): Promise<CallOutcome<T>> {
    if (this.disposed) return Promise.resolve({ ok: false, error: { kind: 'internal', message: 'grading has been shut down' } });
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<CallOutcome<T>>((resolve) => {
      const timer = setTimeout(() => {
        this.options.log?.(`grading request ${id} (${body.op}) passed the ${this.deadlineMs} ms deadline; restarting the worker`);
        this.finish(id, { ok: false, error: { kind: 'timeout', deadlineMs: this.deadlineMs } });
        this.killWorker();
      }, this.deadlineMs);
      this.pending = { id, worker, resolve: resolve as (r: CallOutcome<unknown>) => void, timer };
      worker.postMessage({ ...body, id });
    });
  }

  private finish(id: number, outcome: CallOutcome<unknown>): void {
    const p = this.pending;
    if (!p || p.id !== id) return;
    clearTimeout(p.timer);
    this.pending = undefined;
    p.resolve(outcome);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512 },
    });
    worker.on('message', (res: WorkerResponse) => {
      this.finish(res.id, res.ok ? { ok: true, result: res.result } : { ok: false, error: { kind: 'internal', message: res.message } });
    });
    worker.on('error', (err) => {
      this.options.log?.(`grading worker failed: ${err.message}`);
      const limit = /memory|heap/i.test(err.message);
      // A worker that was already replaced must not fail the request its successor is serving.
      if (this.pending?.worker === worker) {
        this.finish(this.pending.id, {
          ok: false,
          error: limit ? { kind: 'limit', message: 'The answer used more memory than grading allows.' } : { kind: 'internal', message: err.message },
        });
      }
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (this.pending?.worker === worker) {
        this.finish(this.pending.id, { ok: false, error: { kind: 'internal', message: `the grading worker stopped (exit code ${code})` } });
      }
    });
    // The worker must never keep a CLI process alive once its work is done.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private killWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    this.killWorker();
  }
}
