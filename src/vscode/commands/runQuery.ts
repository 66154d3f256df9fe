/**
 * "DE Dojo: Run Query": runs the answer on the sample and shows the result in the problem panel,
 * beside the reference's result on the same data so the learner sees whether the sample is right.
 * A query runs on the sample dataset; a pipeline script on the sample scenario's batch picked in
 * the panel (the first by default), after running on the batches before it.
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { runPipelineBatch } from '../../core/grading/pipelineBatchRun';
import { COMMANDS } from '../commandIds';
import { pipelineRunView, runView } from '../views/gradeView';
import type { DojoCommand } from './context';
import { gradable } from './gradable';
import { withGradingProgress } from './progress';

export const runQueryCommand: DojoCommand = {
  id: COMMANDS.runQuery.id,
  async run(ui, arg) {
    const g = await gradable(ui, arg);
    if (!g) return undefined;
    const { problem, text, document } = g;
    ui.problems.show(problem, vscode.ViewColumn.Beside, true);
    const key = itemKey(problem);
    ui.problems.busy(key, 'run', text);
    const title = `DE Dojo: running "${problem.title}" on the sample`;
    const now = () => new Date();
    const grader = ui.dojo.grader;
    let error;
    if (g.kind === 'query') {
      const sample = Math.max(0, g.spec.datasets.findIndex((d) => d.visible));
      const [result, reference] = await withGradingProgress(title, async () => [await grader.runQuery(g.spec, text, sample), await grader.runQuery(g.spec, g.spec.solutionSql, sample)] as const);
      ui.problems.setRun(key, runView(result, now(), { result: reference.result, compare: { ...g.spec.compare, rounding: g.rounding } }));
      error = result.error;
    } else {
      const spec = g.spec;
      const picked = ui.problems.runTarget(key);
      // Only the scenarios the learner can see: a hidden one is never run from the panel.
      const target = picked && spec.scenarios[picked.scenario]?.visible ? picked : { scenario: Math.max(0, spec.scenarios.findIndex((s) => s.visible)), batch: picked?.batch ?? 0 };
      const step = (s: typeof spec, script: string) => grader.runPipeline(s, script);
      const [result, reference] = await withGradingProgress(title, async () => [await runPipelineBatch(step, spec, text, target), await runPipelineBatch(step, spec, spec.solutionSql, target)] as const);
      ui.problems.setRun(key, pipelineRunView(result, now(), { run: reference, targets: spec.targets }));
      error = result.error;
    }
    ui.dojo.diagnostics.report(ui.dojo.answers.uriFor(problem), error, document);
    if (error && error.kind !== 'sql' && error.kind !== 'policy') {
      const view = ui.problems.lastRun(key);
      void vscode.window.showErrorMessage(`DE Dojo: ${view?.error ?? 'the run failed'}`);
    }
    return error ? { error } : { ok: true };
  },
};
