// The answer clock's /proc reader (src/core/grading/answerClock.ts): one open file, read again and
// again, that follows the thread's CPU time. Linux only, as the clock itself (elsewhere it falls
// back to wall-clock time and this reader is not used).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ThreadStat } from '../../src/core/grading/answerClock';

const linux = fs.existsSync('/proc/thread-self/stat');

describe.runIf(linux)('ThreadStat', () => {
  it('follows the CPU time the thread spends, through one descriptor kept open', () => {
    const stat = new ThreadStat('/proc/thread-self/stat');
    const fds = () => fs.readdirSync('/proc/self/fd').length;
    const before = stat.cpuMs()!;
    const openAfterFirst = fds();
    // Busy work until the reader sees 100 ms more CPU time (each read goes through the same file);
    // a reader that never moved would give up after 15 s of wall time.
    const t0 = Date.now();
    let x = 0;
    let reads = 0;
    let after = before;
    while (after - before < 100 && Date.now() - t0 < 15_000) {
      for (let i = 0; i < 20_000; i++) x += Math.sqrt(x + i);
      after = stat.cpuMs()!;
      reads++;
    }
    expect(x).toBeGreaterThan(0);
    expect(after - before).toBeGreaterThanOrEqual(100);
    expect(reads).toBeGreaterThan(1);
    // All those reads opened nothing new.
    expect(fds()).toBe(openAfterFirst);
    stat.close();
    expect(fds()).toBe(openAfterFirst - 1);
  });

  it('says undefined for a thread that is not there, and keeps no descriptor', () => {
    const stat = new ThreadStat('/proc/self/task/999999999/stat');
    const n = fs.readdirSync('/proc/self/fd').length;
    expect(stat.cpuMs()).toBeUndefined();
    expect(fs.readdirSync('/proc/self/fd').length).toBe(n);
  });
});
