/**
 * Content checks for pipeline problems (design/grading.md, "Content checks"): the reference passes
 * every scenario, replay and rebuild checks included; the starter fails; every known-wrong answer
 * fails at least one scenario. Plugged into validateCourse by the CLI.
 */
import type { DiagnosticBag } from '../content/diagnostics';
import type { PipelineProblemFiles, Problem } from '../content/model';
import type { PipelineValidator } from '../content/validateCourse';
import { describePipelineError, pipelineHeadline } from './describePipeline';
import { withGeneration } from './generate/options';
import { pipelineProblemSpec } from './pipelineSpec';
import type { PipelineGrade, PipelineProblemSpec } from './pipelineTypes';

/** The part of the grading service pipeline validation needs; tests can pass a fake. */
export interface PipelineGrader {
  gradePipeline(spec: PipelineProblemSpec, answer: string): Promise<PipelineGrade>;
}

export function pipelineValidator(grader: PipelineGrader): PipelineValidator {
  return (problem, files, bag) => validatePipelineProblem(problem, files, grader, bag);
}

export async function validatePipelineProblem(problem: Problem, files: PipelineProblemFiles, grader: PipelineGrader, bag: DiagnosticBag): Promise<void> {
  const dir = problem.path;
  // The author's scenarios alone: generated scenarios are judged separately (generate/validateGenerated.ts).
  const spec = withGeneration(pipelineProblemSpec(problem.id, files), { budgetMs: 0 });
  if (files.meta.fullRebuild && files.rebuildSql === undefined) return; // reported by the loader
  if (!files.meta.fullRebuild && files.rebuildSql !== undefined) {
    bag.warning(`${dir}/rebuild.sql`, 'rebuild.sql is present but the problem does not declare fullRebuild: it is never used');
  }
  for (const t of spec.targets) {
    if (spec.batchTables.includes(t.table)) bag.error(`${dir}/problem.md`, `${t.table} is both a target and a batch table`);
  }
  const reference = await grader.gradePipeline(spec, spec.solutionSql);
  if (reference.status !== 'correct') {
    const why = reference.error ? describePipelineError(reference.error) : pipelineHeadline(reference);
    bag.error(`${dir}/solution.sql`, `the reference does not pass its own scenarios: ${why}`);
    return;
  }
  const starter = await grader.gradePipeline(spec, files.starterSql);
  if (starter.status === 'correct') bag.error(`${dir}/starter.sql`, 'the starter already passes every scenario: it gives the answer away');

  if (files.wrong.length === 0) bag.warning(`${dir}/wrong`, 'no known-wrong answers: add the classic mistakes so the scenarios are proven to catch them');
  for (const w of files.wrong) {
    const g = await grader.gradePipeline(spec, w.sql);
    if (g.status === 'correct') {
      bag.error(w.path, 'this known-wrong answer passes every scenario: add a scenario (or batch) that exposes it');
    } else if (g.status === 'error') {
      bag.warning(w.path, `fails with an error rather than a wrong state (${g.error ? describePipelineError(g.error) : ''}): a known-wrong answer should run and leave the wrong rows`);
    }
  }
}
