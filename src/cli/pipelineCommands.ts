/**
 * `de-dojo check` and `de-dojo run` for pipeline problems (registered in extraCommands.ts):
 *   check-pipeline <problem-id> <answer.sql> [--json]   exit 0 correct, 1 incorrect, 2 could not grade
 *   run-pipeline <problem-id> <answer.sql> [--json]     the sample's first batch, before and after
 */
import { STATUS_TITLE } from '../core/grading/describe';
import { describeOrigin, withGeneration } from '../core/grading/generate/options';
import { describeEffects, describePipelineError, describeScenarioFailure, pipelineHeadline } from '../core/grading/describePipeline';
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
  return { spec: withGeneration(catalog.pipelineSpec(id)!, ctx.generation), title: problem.title, answer: answer.text, file: file! };
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
  const fixed = grade.scenarios.filter((s) => !s.generated).length;
  grade.scenarios.forEach((s, i) => {
    const ran = s.passed ? `${s.batchCount} ${s.batchCount === 1 ? 'batch' : 'batches'}` : `failed on ${s.failure?.batch ?? '?'}`;
    ctx.out(s.generated ? `  FAIL  ${describeOrigin(s.generated)}: ${ran}` : `  ${s.passed ? 'pass' : 'FAIL'}  scenario ${i + 1}/${fixed} ${s.name}${s.visible ? ' (sample)' : ''}: ${ran}`);
  });
  if (grade.generation && !grade.generation.found) ctx.out(`  pass  ${grade.generation.cases} generated scenarios (seed ${grade.generation.seed})`);
  if (grade.firstFailure === undefined) return;
  const s = grade.scenarios[grade.firstFailure];
  if (s.generated) {
    ctx.out(`\nThe generated scenario, shrunk to the batch rows that still tell your script from the reference (made by: ${s.generated.mutations.join('; ')}):`);
    for (const part of s.generated.scenarioTables ?? []) for (const t of part.tables) if (t.rows.length) ctx.out(`\n${part.part}, ${t.name}:\n${formatTable(t)}`);
    ctx.out(`\nThe same case again: de-dojo check ${grade.problemId} ${file} --seed ${s.generated.seed}`);
  }
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
  const r = await ctx.grader.runPipeline(loaded.spec, loaded.answer);
  if (ctx.json || flags.has('json')) {
    ctx.out(JSON.stringify(r, jsonReplacer, 2));
    return r.error ? EXIT.cannot : EXIT.ok;
  }
  ctx.out(`${loaded.title}: your script on the sample scenario (${r.scenario}), first batch (${r.batch})`);
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
    ctx.out(`\n${before.name} before:\n${formatTable(before)}\n\n${after.name} after:\n${formatTable(after)}`);
  });
  return EXIT.ok;
};
