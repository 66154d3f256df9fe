/**
 * A busy machine must never turn a correct answer into an Error. Every canonical problem's
 * reference is checked through the real CLI (a new process each time: worker start, sql.js load,
 * no warm-up) while busy-looping processes keep every core occupied. Reported: runs, how many came
 * back Correct, and how many timed out (the target is none).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Catalog } from '../src/core/content/catalog';

const CANONICAL = [
  'latest-per-key',
  'sessionize',
  'longest-streak',
  'late-events-watermark',
  'asof-quote',
  'customers-without-orders',
  'running-revenue',
  'watch-time-by-genre',
  'incremental-revenue',
  'cdc-upsert',
  'scd2-dim-customer',
];

function run(cmd: string, args: string[]): Promise<{ code: number; out: string; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ code: code ?? -1, out, ms: performance.now() - t0 }));
  });
}

export async function benchStress(catalog: Catalog, root: string, rounds = Number(process.env.BENCH_STRESS_ROUNDS ?? 20)): Promise<Record<string, number>> {
  const ids = CANONICAL.filter((id) => catalog.course.items.has(id));
  const cli = path.join(root, 'dist', 'cli.js');
  const spinners: ChildProcess[] = Array.from({ length: os.availableParallelism() }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  const jobs = ids.flatMap((id) => Array.from({ length: rounds }, () => id));
  let correct = 0;
  let timeouts = 0;
  const walls: number[] = [];
  const failures: string[] = [];
  try {
    // Two checks at a time, on top of the spinners: more work than cores, all the time.
    const next = async (): Promise<void> => {
      const id = jobs.shift();
      if (!id) return;
      const problem = catalog.course.items.get(id)!;
      const solution = path.join(root, 'content', problem.path, 'solution.sql');
      const r = await run(process.execPath, [cli, 'check', id, solution]);
      walls.push(r.ms);
      if (r.code === 0) correct++;
      else failures.push(`${id}: exit ${r.code}: ${r.out.split('\n').slice(0, 3).join(' ')}`);
      if (/took too long/.test(r.out)) timeouts++;
      return next();
    };
    await Promise.all([next(), next()]);
  } finally {
    for (const s of spinners) s.kill('SIGKILL');
  }
  if (failures.length) console.log(`  stress failures:\n    ${failures.slice(0, 5).join('\n    ')}`);
  walls.sort((a, b) => a - b);
  return {
    stress_runs: walls.length,
    stress_correct: correct,
    stress_timeouts: timeouts,
    stress_wall_p95_ms: Math.round(walls[Math.ceil(0.95 * walls.length) - 1] ?? 0),
  };
}
