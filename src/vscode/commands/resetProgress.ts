/** "DE Dojo: Reset All Progress...": forgets progress after a confirmation; answer files stay. */
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import type { DojoCommand } from './context';

export const resetProgressCommand: DojoCommand = {
  id: COMMANDS.resetProgress.id,
  async run(ui) {
    const reset = 'Reset Progress';
    const choice = await vscode.window.showWarningMessage(
      'Reset all DE Dojo progress?',
      { modal: true, detail: 'Lessons read, problems solved, hints used and quiz scores are forgotten. Your answer files are not touched.' },
      reset,
    );
    if (choice !== reset) return false;
    await ui.dojo.progress.reset();
    ui.dojo.log.info('progress reset by the learner');
    return true;
  },
};
