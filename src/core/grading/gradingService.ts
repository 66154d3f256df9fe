/**
 * The host side of grading: starts the worker on first use, sends one request at a time, and
 * enforces the deadline by terminating the worker (the only way to stop a running sql.js
 * statement). The next request starts a fresh worker, so a runaway query costs one restart.
 *
 * The deadline counts only the answer's own execution (answerClock.ts): starting the worker,
 * loading sql.js, the reference and the comparison are the grader's time, bounded separately by
 * a much longer ceiling. The worker is also replaced after an internal error and whenever it says
 * its state can no longer be trusted.
 */
import { Worker } from 'node:worker_threads';
import { HostAnswerClock } from './answerClock';
import type { PipelineGrade, PipelineProblemSpec, PipelineRunResult } from './pipelineTypes';
import type { GradeError, QueryGrade, QueryProblemSpec, RunResult } from './types';
import type { WorkerData, WorkerRequestBody, WorkerResponse } from './workerProtocol';

export interface GradingServiceOptions {
  /** Path of the built worker script (dist/grading-worker.js). */
  workerPath: string;
  /** Milliseconds the answer's own SQL may run in one request before the worker is restarted. */
  deadlineMs?: number;
  /**
   * Wall-clock milliseconds the answer may spend running in one request, however little CPU a busy
   * machine gives it (default: 5 × the deadline, at least 10 s). Only a runaway answer gets there.
   */
  answerWallMs?: number;
  /**
   * Wall-clock milliseconds one request may take in all (start-up, references, comparison and the
   * answer): a last resort against a grader that hangs, never reached by a working one.
   */
  ceilingMs?: number;
  /** Tests only: what the worker is started with (e.g. a slow start-up). */
  workerData?: Pick<WorkerData, 'startupDelayMs'>;
  /** Heap cap of the worker's JavaScript side, in MB. */
  maxHeapMb?: number;
  log?: (message: string) => void;
}

export type CallOutcome<T> = { ok: true; result: T } | { ok: false; error: GradeError };

export class GradingService {
  private worker: Worker | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private pending: { id: number; worker: Worker; resolve: (r: CallOutcome<unknown>) => void; timer: NodeJS.Timeout; body: WorkerRequestBody; retried: boolean } | undefined;
  private clock = new HostAnswerClock();
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

  private send<T>(body: WorkerRequestBody, retried = false): Promise<CallOutcome<T>> {
    if (this.disposed) return Promise.resolve({ ok: false, error: { kind: 'internal', message: 'grading has been shut down' } });
    return new Promise<CallOutcome<T>>((resolve) => this.post(body, resolve as (r: CallOutcome<unknown>) => void, retried));
  }

  private post(body: WorkerRequestBody, resolve: (r: CallOutcome<unknown>) => void, retried: boolean): void {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const started = performance.now();
    const ceilingMs = this.options.ceilingMs ?? Math.max(60_000, 10 * this.deadlineMs);
    const answerWallMs = this.options.answerWallMs ?? Math.max(10_000, 5 * this.deadlineMs);
    this.clock.reset();
    // Polls the answer clock: cheap (a few shared integers, one /proc read while the answer runs).
    const timer = setInterval(() => {
      if (this.clock.usedMs() >= this.deadlineMs || this.clock.wallMs() >= answerWallMs) {
        this.options.log?.(`grading request ${id} (${body.op}): the answer ran past the ${this.deadlineMs} ms deadline; restarting the worker`);
        this.finish(id, { ok: false, error: { kind: 'timeout', deadlineMs: this.deadlineMs } });
        this.killWorker();
      } else if (performance.now() - started >= ceilingMs) {
        this.options.log?.(`grading request ${id} (${body.op}) took over ${ceilingMs} ms outside the answer; restarting the worker`);
        this.finish(id, {
          ok: false,
          error: {
            kind: 'internal',
            message: `grading took over ${Math.round(ceilingMs / 1000)} s outside your answer (starting SQLite, loading the problem, running the reference); the machine may be very busy. Try again.`,
          },
        });
        this.killWorker();
      }
    }, Math.max(5, Math.min(25, this.deadlineMs / 20)));
    this.pending = { id, worker, resolve, timer, body, retried };
    worker.postMessage({ ...body, id });
  }

  private finish(id: number, outcome: CallOutcome<unknown>): void {
    const p = this.pending;
    if (!p || p.id !== id) return;
    clearInterval(p.timer);
    this.pending = undefined;
    // An internal error may have left the worker in any state: the next request gets a new one.
    if (!outcome.ok && outcome.error.kind === 'internal') this.killWorker();
    p.resolve(outcome);
  }

  private receive(res: WorkerResponse): void {
    const p = this.pending;
    if (!p || p.id !== res.id) return;
    if (res.restart === 'retry' && !p.retried) {
      // The worker found itself poisoned before grading: replace it and grade on a clean one.
      this.options.log?.(`grading worker replaced before request ${res.id}: ${res.ok ? '' : res.message}`);
      clearInterval(p.timer);
      this.pending = undefined;
      this.killWorker();
      this.post(p.body, p.resolve, true);
      return;
    }
    if (res.restart) this.killWorker();
    this.finish(res.id, res.ok ? { ok: true, result: res.result } : { ok: false, error: { kind: 'internal', message: res.message } });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // A fresh clock per worker: a terminated worker can never write into the next one's count.
    this.clock.dispose();
    this.clock = new HostAnswerClock();
    const workerData: WorkerData = { ...this.options.workerData, clock: this.clock.buffer, clockBase: this.clock.base };
    const worker = new Worker(this.options.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512 },
      workerData,
    });
    worker.on('message', (res: WorkerResponse) => this.receive(res));
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
    this.clock.dispose();
  }
}
