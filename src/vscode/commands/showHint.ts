/** "DE Dojo: Show Hint": reveals the next hint (one at a time) in the problem panel. */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { problemRecord, revealHint } from '../../core/progress/model';
import { COMMANDS } from '../commandIds';
import { problemFor, type DojoCommand } from './context';

export const showHintCommand: DojoCommand = {
  id: COMMANDS.showHint.id,
  async run(ui, arg) {
    const problem = problemFor(ui, arg);
    if (!problem) return;
    const key = itemKey(problem);
    ui.dojo.lastProblemId = key;
    const total = problem.meta.hints.length;
    const used = problemRecord(ui.dojo.progress.progress, key).hintsUsed;
    ui.problems.show(problem, vscode.ViewColumn.Beside, true);
    if (used >= total) {
      void vscode.window.showInformationMessage(`DE Dojo: all ${total} hints for "${problem.title}" are shown in the problem panel.`);
      return;
    }
    await ui.dojo.progress.update((p) => revealHint(p, key, total));
  },
};
