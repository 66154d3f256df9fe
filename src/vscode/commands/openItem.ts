/** Opens any course item (tree click, links in webviews, Continue): lesson, problem or quiz. */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import type { CourseItem } from '../../core/content/model';
import { COMMANDS } from '../commandIds';
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
      return ui.lessons.open(itemKey(item));
    case 'problem':
      return openProblem(ui, item);
    case 'quiz':
      return ui.quizzes.open(itemKey(item));
  }
}
