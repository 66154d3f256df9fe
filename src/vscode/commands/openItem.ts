/** Opens any course item (tree click, links in webviews, Continue): lesson, problem or quiz. */
import * as vscode from 'vscode';
import type { CourseItem } from '../../core/content/model';
import { COMMANDS, OPEN_QUIZ_COMMAND } from '../commandIds';
import { itemFromArg, type DojoCommand, type Ui } from './context';
import { openProblem } from './openProblem';

export const openItemCommand: DojoCommand = {
  id: COMMANDS.openItem.id,
  async run(ui, arg) {
    const item = itemFromArg(ui, arg);
    if (!item) {
      void vscode.window.showErrorMessage('DE Dojo: that item is not in the course (it may have been renamed).');
      return;
    }
    return openCourseItem(ui, item);
  },
};

export async function openCourseItem(ui: Ui, item: CourseItem): Promise<unknown> {
  switch (item.kind) {
    case 'lesson':
      return ui.lessons.open(item.id);
    case 'problem':
      return openProblem(ui, item);
    case 'quiz':
      return openQuiz(item.id, item.title);
  }
}

/** The quiz panel is contributed separately; when it is missing, say so instead of failing. */
async function openQuiz(id: string, title: string): Promise<unknown> {
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes(OPEN_QUIZ_COMMAND)) return vscode.commands.executeCommand(OPEN_QUIZ_COMMAND, id);
  void vscode.window.showInformationMessage(`DE Dojo: the concept check "${title}" cannot be opened in this version yet.`);
  return undefined;
}
