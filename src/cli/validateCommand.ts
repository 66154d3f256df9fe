/**
 * `de-dojo validate [dir] [--watch] [--json]`: every content check, every finding at once, exit 1
 * when any is an error. Problems are proved in parallel on a small pool of grading workers (one
 * per core, at most 4). With --watch, validates again whenever a file under the folder changes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileSystemSource } from '../core/content/contentSource';
import { formatDiagnostic } from '../core/content/diagnostics';
import { validateCourse, type ValidationReport } from '../core/content/validateCourse';
import { generatedDataCheck } from '../core/grading/generate/validateGenerated';
import { GradingService } from '../core/grading/gradingService';
import { EXIT } from './common';
import type { CliCommand, CliContext } from './extraCommands';

export function graderPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** Generated data per answer when authors validate: more than a learner's Check gets. */
export const VALIDATE_BUDGET_MS = 300;

async function validateOnce(ctx: CliContext, pool: GradingService[], writeDatasets: boolean): Promise<{ report: ValidationReport; ms: number }> {
  const t0 = performance.now();
  // Wrong answers the fixed datasets miss, and alt answers, meet generated data (DD212, DD213).
  const extraProblemCheck = generatedDataCheck({
    budgetMs: ctx.generation.budgetMs ?? VALIDATE_BUDGET_MS,
    ...(writeDatasets ? { writeFile: (rel: string, text: string) => writeContentFile(ctx.contentDir, rel, text) } : {}),
  });
  // A fresh source each time: --watch must see edited files, not a cache.
  const report = await validateCourse(fileSystemSource(ctx.contentDir), pool, { extraProblemCheck });
  return { report, ms: performance.now() - t0 };
}

function print(ctx: CliContext, report: ValidationReport, ms: number): number {
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const warnings = report.diagnostics.length - errors.length;
  if (ctx.json) {
    ctx.out(JSON.stringify({ ok: errors.length === 0, counts: report.counts, diagnostics: report.diagnostics }, null, 2));
  } else {
    for (const d of report.diagnostics) ctx.out(formatDiagnostic(d));
    const c = report.counts;
    const verdict = errors.length ? `${errors.length} error(s)` : 'OK';
    const warned = warnings ? `, ${warnings} warning(s)` : '';
    ctx.out(`${verdict}${warned}: ${c.modules} modules, ${c.lessons} lessons, ${c.problems} problems, ${c.quizzes} quizzes checked in ${ctx.contentDir} (${(ms / 1000).toFixed(1)} s)`);
  }
  return errors.length ? EXIT.fail : EXIT.ok;
}

/**
 * Validation is not a learner waiting on a verdict: unless --deadline says otherwise, give each
 * answer more time, so a busy machine (CI, other builds) does not turn a sound reference into a
 * "took too long" finding. A reference that never ends is still stopped.
 */
export const VALIDATE_DEADLINE_MS = 5000;

export const validateCommand: CliCommand = async (ctx, _args, flags) => {
  if (!flags.has('deadline')) ctx.grader.deadlineMs = Math.max(ctx.grader.deadlineMs, VALIDATE_DEADLINE_MS);
  // The context's grader is one lane; the others start only if there are problems to prove.
  const pool = [ctx.grader, ...Array.from({ length: graderPoolSize() - 1 }, () => new GradingService({ workerPath: ctx.workerPath, deadlineMs: ctx.grader.deadlineMs }))];
  try {
    const first = await validateOnce(ctx, pool, flags.has('write-datasets'));
    const code = print(ctx, first.report, first.ms);
    if (!flags.has('watch')) return code;
    return await watch(ctx, pool, flags.has('write-datasets'));
  } finally {
    for (const g of pool.slice(1)) g.dispose();
  }
};

/** Writes a new content file (a dataset found by generated data), never over an existing one. */
function writeContentFile(contentDir: string, relative: string, text: string): void {
  const target = path.join(contentDir, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text, { flag: 'wx' });
}

/** Re-validates after each burst of changes, until interrupted (Ctrl+C). */
function watch(ctx: CliContext, pool: GradingService[], writeDatasets: boolean): Promise<number> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    const rerun = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      ctx.out(`\n--- ${new Date().toLocaleTimeString()}: validating again ---`);
      const r = await validateOnce(ctx, pool, writeDatasets);
      print(ctx, r.report, r.ms);
      running = false;
      if (again) {
        again = false;
        void rerun();
      }
    };
    const watcher = fs.watch(ctx.contentDir, { recursive: true }, (_event, name) => {
      if (name && path.basename(String(name)).startsWith('.')) return; // editors' swap files
      clearTimeout(timer);
      timer = setTimeout(() => void rerun(), 150);
    });
    ctx.out(`Watching ${ctx.contentDir} for changes (Ctrl+C to stop).`);
    const stop = () => {
      watcher.close();
      clearTimeout(timer);
      resolve(EXIT.ok);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
