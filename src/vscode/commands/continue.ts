/** "DE Dojo: Continue": opens the first unfinished item in course order. */
import * as vscode from 'vscode';
import { nextUnfinished } from '../../core/progress/navigation';
import { COMMANDS } from '../commandIds';
import type { DojoCommand } from './context';
import { openCourseItem } from './openItem';

export const continueCommand: DojoCommand = {
  id: COMMANDS.continue.id,
  async run(ui) {
    const catalog = ui.dojo.catalog();
    const next = nextUnfinished(catalog.course, ui.dojo.progress.progress);
    if (!next) {
      const total = catalog.course.items.size;
      void vscode.window.showInformationMessage(total ? `DE Dojo: all ${total} lessons, problems and quizzes are done. Well done!` : 'DE Dojo: the course is empty.');
      return undefined;
    }
    void ui.tree.reveal(next.id);
    await openCourseItem(ui, next);
    return next.id;
  },
};
