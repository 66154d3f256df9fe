/**
 * "DE Dojo: Show Solution": free once the problem is solved; before that, only after a
 * confirmation (seeing it is recorded in progress).
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { problemRecord, recordSolutionViewed } from '../../core/progress/model';
import { COMMANDS } from '../commandIds';
import { problemFor, type DojoCommand } from './context';

export const showSolutionCommand: DojoCommand = {
  id: COMMANDS.showSolution.id,
  async run(ui, arg) {
    const problem = problemFor(ui, arg);
    if (!problem) return false;
    const key = itemKey(problem);
    ui.dojo.lastProblemId = key;
    const record = problemRecord(ui.dojo.progress.progress, key);
    if (!record.solved && !record.solutionViewed) {
      const hintsLeft = problem.meta.hints.length - record.hintsUsed;
      const show = 'Show Solution';
      const hint = 'Show Next Hint Instead';
      const choice = await vscode.window.showWarningMessage(
        `Show the solution to "${problem.title}"?`,
        {
          modal: true,
          detail: `You have not solved it yet.${hintsLeft > 0 ? ` ${hintsLeft} ${hintsLeft === 1 ? 'hint is' : 'hints are'} still hidden; a hint often teaches more.` : ''} Seeing the solution is noted in your progress.`,
        },
        ...(hintsLeft > 0 ? [show, hint] : [show]),
      );
      if (choice === hint) return vscode.commands.executeCommand(COMMANDS.showHint.id, key);
      if (choice !== show) return false;
    }
    ui.problems.show(problem, vscode.ViewColumn.Beside, true);
    await ui.dojo.progress.update((p) => recordSolutionViewed(p, key));
    return true;
  },
};
