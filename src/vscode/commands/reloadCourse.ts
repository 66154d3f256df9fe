/** "DE Dojo: Reload Course": reads the content again (useful while writing content). */
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import type { DojoCommand } from './context';

export const reloadCourseCommand: DojoCommand = {
  id: COMMANDS.reloadCourse.id,
  run(ui) {
    const catalog = ui.dojo.reload();
    const errors = catalog.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors) {
      void vscode.window.showWarningMessage(`DE Dojo: the course reloaded with ${errors} content ${errors === 1 ? 'problem' : 'problems'}; first: ${ui.dojo.firstContentError()}`, COMMANDS.showLog.title).then((c) => {
        if (c) ui.dojo.log.show();
      });
    }
    return catalog.course.items.size;
  },
};
