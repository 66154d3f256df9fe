/**
 * Activation cost of the built extension (dist/extension.js), measured in fresh Node processes by
 * bench/activation-probe.cjs against a stand-in `vscode` module: loading the bundle plus calling
 * activate(). Also confirms that activation neither loads sql.js nor starts the grading worker.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

interface Probe {
  requireMs: number;
  activateMs: number;
  sqlJsLoaded: boolean;
  workerStarted: boolean;
  courseLoaded: boolean;
}

export function activationBenchmark(root: string, runs = 7): Record<string, number> {
  const probes: Probe[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [path.join(root, 'bench', 'activation-probe.cjs'), root], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`activation probe failed: ${r.stderr}`);
    probes.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Probe);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    activation_load_ms: round(median(probes.map((p) => p.requireMs))),
    activation_activate_ms: round(median(probes.map((p) => p.activateMs))),
    activation_total_ms: round(median(probes.map((p) => p.requireMs + p.activateMs))),
    // 0 = activation left sql.js and the worker alone, as it must.
    activation_started_grader: probes.some((p) => p.sqlJsLoaded || p.workerStarted) ? 1 : 0,
    // 0 = activation did not load the course bundle (YAML, zod, markdown-it) either.
    activation_loaded_course: probes.some((p) => p.courseLoaded) ? 1 : 0,
  };
}
