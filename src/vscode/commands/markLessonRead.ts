/** Marks a lesson read (tree context menu and the lesson panel's button). */
import { itemKey } from '../../core/content/packs';
import { markLessonRead } from '../../core/progress/model';
import { COMMANDS } from '../commandIds';
import { itemFromArg, type DojoCommand } from './context';

export const markLessonReadCommand: DojoCommand = {
  id: COMMANDS.markLessonRead.id,
  async run(ui, arg) {
    const item = itemFromArg(ui, arg ?? ui.lessons.currentLessonId);
    if (item?.kind !== 'lesson') return false;
    await ui.dojo.progress.update((p) => markLessonRead(p, itemKey(item), new Date()));
    return true;
  },
};
