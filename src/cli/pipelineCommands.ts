/**
 * `de-dojo check` and `de-dojo run` for pipeline problems (registered in extraCommands.ts):
 *   check-pipeline <problem-id> <answer.sql> [--json]   exit 0 correct, 1 incorrect, 2 could not grade
 *   run-pipeline <problem-id> <answer.sql> [--scenario N] [--batch N] [--json]
 *       batch N of scenario N (default: the sample's first batch), after batches 1..N-1, before and after
 */
import { STATUS_TITLE } from '../core/grading/describe';
import { describeCounts, describeEffects, describePipelineError, describeScenarioFailure, pipelineHeadline } from '../core/grading/describePipeline';
import { runPipelineBatch } from '../core/grading/pipelineBatchRun';
import { diffTable } from '../core/grading/pipelineDiff';
import type { PipelineGrade, PipelineProblemSpec } from '../core/grading/pipelineTypes';
import type { CliCommand, CliContext } from './extraCommands';
import { EXIT, jsonReplacer, resolveProblem } from './common';
import { formatTable } from './table';

type Loaded = { message: string } | { spec: PipelineProblemSpec; title: string; answer: string; file: string };

function load(ctx: CliContext, [id, file]: string[]): Loaded {
  const resolved = resolveProblem(ctx.catalog(), id);
  if ('message' in resolved) return resolved;
  const { catalog, problem, files } = resolved;
  if (files.kind !== 'pipeline') return { message: `${id} is a query problem: use de-dojo check ${id} <answer.sql>` };
  const answer = ctx.readAnswer(file);
  if (answer.text === undefined) return { message: answer.problem! };
  return { spec: catalog.pipelineSpec(id)!, title: problem.title, answer: answer.text, file: file! };
}

export const checkPipelineCommand: CliCommand = async (ctx, args, flags) => {
  const loaded = load(ctx, args);
  if ('message' in loaded) {
    ctx.err(`de-dojo: ${loaded.message}`);
    return EXIT.cannot;
  }
  const grade = await ctx.grader.gradePipeline(loaded.spec, loaded.answer);
  if (ctx.json || flags.has('json')) ctx.out(JSON.stringify(grade, jsonReplacer, 2));
  else printPipelineGrade(ctx, grade, loaded.file);
  return grade.status === 'correct' ? EXIT.ok : grade.status === 'incorrect' ? EXIT.fail : EXIT.cannot;
};

export function printPipelineGrade(ctx: Pick<CliContext, 'out'>, grade: PipelineGrade, file: string): void {
  ctx.out(STATUS_TITLE[grade.status]);
  if (grade.error?.kind === 'sql' || grade.error?.kind === 'policy') {
    const where = grade.errorAt ? ` (scenario ${grade.errorAt.scenario}${grade.errorAt.batch ? `, ${grade.errorAt.batch}` : ''})` : '';
    ctx.out(`${file}:${grade.error.line}:${grade.error.column}: ${grade.error.message}${grade.error.kind === 'sql' ? where : ''}`);
    return;
  }
  ctx.out(pipelineHeadline(grade));
  if (grade.status === 'error') return;
  ctx.out('');
  grade.scenarios.forEach((s, i) => {
    const ran = s.passed ? `${s.batchCount} ${s.batchCount === 1 ? 'batch' : 'batches'}` : `failed on ${s.failure?.batch ?? '?'}`;
    ctx.out(`  ${s.passed ? 'pass' : 'FAIL'}  scenario ${i + 1}/${grade.scenarios.length} ${s.name}${s.visible ? ' (sample)' : ''}: ${ran}`);
  });
  if (grade.firstFailure === undefined) return;
  const s = grade.scenarios[grade.firstFailure];
  const f = s.failure!;
  if (f.check === 'sqlError' && f.error?.kind === 'sql') ctx.out(`\n${file}:${f.error.line}:${f.error.column}: ${f.error.message}`);
  const detail = describeScenarioFailure(s);
  if (detail.length) ctx.out(`\n${detail.join('\n')}`);
  if (s.visible && s.expected && s.actual) {
    const expectedLabel = f.check === 'rebuild' ? 'Expected (full rebuild)' : 'Expected';
    const yoursLabel = f.check === 'replay' || f.onReplay ? 'Yours, after the second run' : 'Yours';
    s.expected.forEach((t, i) => {
      ctx.out(`\n${t.name} after ${f.batch}, compared columns.\n${expectedLabel}:\n${formatTable(t)}\n\n${yoursLabel}:\n${formatTable(s.actual![i])}`);
    });
  }
}

export const runPipelineCommand: CliCommand = async (ctx, args, flags) => {
  const loaded = load(ctx, args);
  if ('message' in loaded) {
    ctx.err(`de-dojo: ${loaded.message}`);
    return EXIT.cannot;
  }
  const spec = loaded.spec;
  const pick = (name: 'scenario' | 'batch', count: number, names: string[]): number | string => {
    const v = flags.get(name);
    if (v === undefined) return 0;
    const n = Number(v);
    const byName = typeof v === 'string' ? names.indexOf(v) : -1;
    if (byName >= 0) return byName;
    return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : `--${name} takes a number from 1 to ${count} or a name (${names.join(', ')})`;
  };
  const scenario = pick('scenario', spec.scenarios.length, spec.scenarios.map((s) => s.name));
  if (typeof scenario === 'string') {
    ctx.err(`de-dojo: ${scenario}`);
    return EXIT.cannot;
  }
  const batches = spec.scenarios[scenario]?.batches ?? [];
  const batch = pick('batch', batches.length, batches.map((b) => b.name));
  if (typeof batch === 'string') {
    ctx.err(`de-dojo: ${batch}`);
    return EXIT.cannot;
  }
  const step = (s: PipelineProblemSpec, script: string) => ctx.grader.runPipeline(s, script);
  const r = await runPipelineBatch(step, spec, loaded.answer, { scenario, batch });
  if (ctx.json || flags.has('json')) {
    ctx.out(JSON.stringify(r, jsonReplacer, 2));
    return r.error ? EXIT.cannot : EXIT.ok;
  }
  const sc = spec.scenarios[scenario];
  const where = `${sc.visible ? 'the sample scenario' : 'scenario'} (${r.scenario}), batch ${batch + 1} of ${batches.length} (${r.batch})`;
  ctx.out(`${loaded.title}: your script on ${r.stoppedEarly ? `${where}; it stopped on ${r.batch}` : where}${batch > 0 && !r.stoppedEarly ? ', after running on the batches before it' : ''}`);
  for (const t of r.batchTables ?? []) ctx.out(`\nThe batch, ${t.name}:\n${formatTable(t)}`);
  if (r.effects?.length) {
    ctx.out('\nRows changed by each statement:');
    ctx.out(describeEffects(r.effects ?? []).join('\n'));
  }
  if (r.error) {
    const e = r.error;
    ctx.err(`\n${e.kind === 'sql' || e.kind === 'policy' ? `${loaded.file}:${e.line}:${e.column}: ${e.message}` : describePipelineError(e)}`);
    return EXIT.cannot;
  }
  (r.before ?? []).forEach((before, i) => {
    const after = r.after![i];
    // Aligned on the first column (each target's primary key in the shipped course).
    const change = diffTable(before.name, before.columns, [0], before.rows, after.rows, undefined, 0);
    ctx.out(`\n${before.name} before:\n${formatTable(before)}\n\n${after.name} after (${r.batch} ${describeCounts(change.counts)}):\n${formatTable(after)}`);
  });
  return EXIT.ok;
};
