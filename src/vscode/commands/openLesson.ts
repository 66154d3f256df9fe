/** "DE Dojo: Open Lesson...": a quick pick over every lesson, or a lesson given as argument. */
import { itemKey } from '../../core/content/packs';
import type { Lesson } from '../../core/content/model';
import { lessonRecord, progressKey } from '../../core/progress/model';
import { COMMANDS } from '../commandIds';
import { itemFromArg, showNoSuchItem, type DojoCommand, type Ui } from './context';
import { pickCourseItem } from './pickItem';

export const openLessonCommand: DojoCommand = {
  id: COMMANDS.openLesson.id,
  async run(ui, arg) {
    if (arg !== undefined) {
      const item = itemFromArg(ui, arg);
      if (item?.kind === 'lesson') return ui.lessons.open(itemKey(item));
      showNoSuchItem('lesson', arg);
      return false;
    }
    const lesson = await pickLesson(ui);
    return lesson ? ui.lessons.open(itemKey(lesson)) : false;
  },
};

function pickLesson(ui: Ui): Promise<Lesson | undefined> {
  return pickCourseItem(ui, 'lesson', {
    noun: 'lesson',
    placeHolder: 'Search by title, id, module or status (read, not read)',
    row: (l, moduleTitle, progress) => {
      const read = lessonRecord(progress, progressKey(l)) !== undefined;
      return {
        label: `${read ? '$(pass-filled)' : '$(book)'} ${l.title}`,
        description: `${l.id} · ${moduleTitle}`,
        detail: [`${l.meta.minutes} min`, read ? 'read' : 'not read', l.meta.summary].filter(Boolean).join(' · '),
      };
    },
  });
}
