/** "DE Dojo: Run Query": runs the answer on the sample dataset; the result shows in the problem panel. */
import * as vscode from 'vscode';
import { describeError } from '../../core/grading/describe';
import { COMMANDS } from '../commandIds';
import { runView } from '../views/gradeView';
import { gradable, type Gradable } from './gradable';
import type { DojoCommand } from './context';
import { withGradingProgress } from './progress';

export const runQueryCommand: DojoCommand = {
  id: COMMANDS.runQuery.id,
  async run(ui, arg) {
    const g: Gradable | undefined = await gradable(ui, arg, 'run');
    if (!g) return undefined;
    const { problem, spec, text, document } = g;
    ui.problems.show(problem, vscode.ViewColumn.Beside, true);
    ui.problems.busy(problem.id, 'run');
    const sample = Math.max(0, spec.datasets.findIndex((d) => d.visible));
    const result = await withGradingProgress(`DE Dojo: running "${problem.title}" on the sample`, () => ui.dojo.grader.runQuery(spec, text, sample));
    ui.dojo.diagnostics.report(ui.dojo.answers.uriFor(problem), result.error, document);
    ui.problems.setRun(problem.id, runView(result, new Date()));
    if (result.error && result.error.kind !== 'sql' && result.error.kind !== 'policy') {
      void vscode.window.showErrorMessage(`DE Dojo: ${describeError(result.error)}`);
    }
    return result;
  },
};
