/**
 * "DE Dojo: Run Query": runs the answer on the sample (a query on the sample dataset; a pipeline
 * script on the sample scenario's first batch) and shows the result in the problem panel.
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
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
    ui.problems.busy(key, 'run');
    const title = `DE Dojo: running "${problem.title}" on the sample`;
    const now = () => new Date();
    let error;
    if (g.kind === 'query') {
      const sample = Math.max(0, g.spec.datasets.findIndex((d) => d.visible));
      const result = await withGradingProgress(title, () => ui.dojo.grader.runQuery(g.spec, text, sample));
      ui.problems.setRun(key, runView(result, now()));
      error = result.error;
    } else {
      const result = await withGradingProgress(title, () => ui.dojo.grader.runPipeline(g.spec, text));
      ui.problems.setRun(key, pipelineRunView(result, now()));
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
