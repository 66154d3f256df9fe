/**
 * How long the learner's SQL has run in the grading worker, shared between the worker (which
 * marks when the answer enters and leaves SQLite) and the host (which enforces the deadline).
 *
 * Why: the deadline is there to stop a runaway answer. Starting the worker, loading sql.js, running
 * the reference and comparing results are not the answer's doing, and on a busy machine they can
 * take seconds; a correct answer must never time out because of them. On Linux the time counted
 * is the worker thread's CPU time (from /proc), so other processes competing for the cores do not
 * count either; elsewhere it is wall-clock time inside the answer.
 *
 * Wall-clock time inside the answer is counted too, and capped far above the deadline, so that a
 * runaway answer on a machine busy enough to starve the worker of CPU is still stopped in bounded
 * time.
 *
 * The counters live in a SharedArrayBuffer, so the host reads them synchronously, with no message
 * latency between the worker's "enter" and the host's timer.
 */
import * as fs from 'node:fs';

/** Int32 slots of the shared buffer. */
const IN_ANSWER = 0; // 1 while the learner's SQL runs
const ENTERED_AT = 1; // clock reading (ms) at the last enter
const USED = 2; // ms counted so far in this request
const TID = 3; // the worker thread's Linux thread id, 0 if unknown
const WALL_ENTERED_AT = 4; // wall-clock reading (ms since the host's base) at the last enter
const WALL_USED = 5; // wall-clock ms inside the answer so far in this request
const SLOTS = 6;

export function createClockBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
}

/** CPU time (ms) from a thread's /proc stat line, or undefined when the line does not parse. */
function cpuMsFromStatLine(stat: string): number | undefined {
  // Fields after "(comm)": state is field 3, utime 14 and stime 15, in USER_HZ (100 per second).
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]);
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}

/**
 * One thread's /proc stat file, kept open: the clock is read on every entry to and exit from an
 * answer (every dataset, batch and generated case), and opening the file each time cost more than
 * the reading. Reading again from offset 0 gives the current values.
 */
export class ThreadStat {
  private fd: number | undefined;
  private readonly buf = Buffer.alloc(1024);

  constructor(readonly path: string) {}

  /** CPU milliseconds of the thread, or undefined where /proc is not there (or the thread is gone). */
  cpuMs(): number | undefined {
    try {
      this.fd ??= fs.openSync(this.path, 'r');
      const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, 0);
      return cpuMsFromStatLine(this.buf.toString('latin1', 0, n));
    } catch {
      this.close();
      return undefined;
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // Already gone with its thread.
    }
    this.fd = undefined;
  }
}

/** The worker's side: marks the answer's entries and exits. */
export class WorkerAnswerClock {
  private readonly slots: Int32Array;
  private readonly cpu: boolean;
  private readonly stat = new ThreadStat('/proc/thread-self/stat');

  /** `base`: the host's Date.now() when it made the buffer, so wall-clock readings agree. */
  constructor(
    buffer: SharedArrayBuffer,
    private readonly base: number,
  ) {
    this.slots = new Int32Array(buffer);
    let tid = 0;
    try {
      tid = Number(fs.readFileSync('/proc/thread-self/stat', 'latin1').split(' ')[0]) || 0;
    } catch {
      tid = 0;
    }
    this.cpu = tid > 0 && this.stat.cpuMs() !== undefined;
    Atomics.store(this.slots, TID, this.cpu ? tid : 0);
  }

  private now(): number {
    return (this.cpu ? this.stat.cpuMs() : undefined) ?? Date.now() - this.base;
  }

  enter(): void {
    if (Atomics.load(this.slots, IN_ANSWER) === 1) return;
    Atomics.store(this.slots, ENTERED_AT, this.now());
    Atomics.store(this.slots, WALL_ENTERED_AT, Date.now() - this.base);
    Atomics.store(this.slots, IN_ANSWER, 1);
  }

  leave(): void {
    if (Atomics.load(this.slots, IN_ANSWER) !== 1) return;
    Atomics.add(this.slots, USED, Math.max(0, this.now() - Atomics.load(this.slots, ENTERED_AT)));
    Atomics.add(this.slots, WALL_USED, Math.max(0, Date.now() - this.base - Atomics.load(this.slots, WALL_ENTERED_AT)));
    Atomics.store(this.slots, IN_ANSWER, 0);
  }
}

/** The host's side: resets the count per request and reads how much the answer has used. */
export class HostAnswerClock {
  readonly buffer = createClockBuffer();
  readonly base = Date.now();
  private readonly slots = new Int32Array(this.buffer);
  /** The worker thread's stat file, reopened when the worker (and so the thread id) changes. */
  private workerStat: ThreadStat | undefined;

  reset(): void {
    Atomics.store(this.slots, IN_ANSWER, 0);
    Atomics.store(this.slots, USED, 0);
    Atomics.store(this.slots, WALL_USED, 0);
  }

  /** Wall-clock milliseconds inside the answer in the current request, the running stretch included. */
  wallMs(): number {
    const used = Atomics.load(this.slots, WALL_USED);
    if (Atomics.load(this.slots, IN_ANSWER) !== 1) return used;
    return used + Math.max(0, Date.now() - this.base - Atomics.load(this.slots, WALL_ENTERED_AT));
  }

  /** Is the count in CPU time (Linux) rather than wall-clock time? */
  get measuresCpu(): boolean {
    return Atomics.load(this.slots, TID) > 0;
  }

  /** Milliseconds the answer has run in the current request, the running stretch included. */
  usedMs(): number {
    const used = Atomics.load(this.slots, USED);
    if (Atomics.load(this.slots, IN_ANSWER) !== 1) return used;
    const tid = Atomics.load(this.slots, TID);
    const now = (tid > 0 ? this.statOf(tid).cpuMs() : undefined) ?? Date.now() - this.base;
    return used + Math.max(0, now - Atomics.load(this.slots, ENTERED_AT));
  }

  private statOf(tid: number): ThreadStat {
    const path = `/proc/self/task/${tid}/stat`;
    if (this.workerStat?.path !== path) {
      this.workerStat?.close();
      this.workerStat = new ThreadStat(path);
    }
    return this.workerStat;
  }

  /** Closes the worker thread's stat file (the host is done with this clock). */
  dispose(): void {
    this.workerStat?.close();
    this.workerStat = undefined;
  }
}
