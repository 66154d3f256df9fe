/** "DE Dojo: Continue": opens the first unfinished item in course order. */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { nextUnfinished } from '../../core/progress/navigation';
import { COMMANDS } from '../commandIds';
import { courseNodeArg, type DojoCommand } from './context';
import { openCourseItem } from './openItem';

export const continueCommand: DojoCommand = {
  id: COMMANDS.continue.id,
  async run(ui, arg) {
    // Continue where the learner works: the course of the tree's course node or the pack id given,
    // else the course (built-in or pack) of the problem or lesson worked on last.
    const fromNode = courseNodeArg(arg);
    const packArg = typeof arg === 'string' ? ui.dojo.packs.get(arg) : undefined;
    const recent = ui.dojo.item(ui.dojo.lastProblemId ?? ui.lessons.currentLessonId);
    const scope = fromNode ?? (packArg ? { pack: packArg.id } : { pack: recent?.pack });
    const catalog = ui.dojo.catalogOf(scope);
    const next = nextUnfinished(catalog.course, ui.dojo.progress.progress);
    if (!next) {
      const total = catalog.course.items.size;
      void vscode.window.showInformationMessage(total ? `DE Dojo: all ${total} lessons, problems and quizzes are done. Well done!` : 'DE Dojo: the course is empty.');
      return undefined;
    }
    void ui.tree.reveal(itemKey(next));
    await openCourseItem(ui, next);
    return itemKey(next);
  },
};
