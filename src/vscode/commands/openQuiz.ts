/** "DE Dojo: Open Quiz...": a quick pick over every concept check with its status, or a quiz given as argument. */
import { itemKey } from '../../core/content/packs';
import type { Quiz } from '../../core/content/model';
import { COMMANDS } from '../commandIds';
import { quizPickText } from '../views/quizPick';
import { itemFromArg, showNoSuchItem, type DojoCommand, type Ui } from './context';
import { pickCourseItem } from './pickItem';

export const openQuizCommand: DojoCommand = {
  id: COMMANDS.openQuiz.id,
  async run(ui, arg) {
    if (arg !== undefined) {
      const item = itemFromArg(ui, arg);
      if (item?.kind === 'quiz') return ui.quizzes.open(itemKey(item));
      showNoSuchItem('quiz', arg);
      return false;
    }
    const quiz = await pickQuiz(ui);
    return quiz ? ui.quizzes.open(itemKey(quiz)) : false;
  },
};

function pickQuiz(ui: Ui): Promise<Quiz | undefined> {
  return pickCourseItem(ui, 'quiz', {
    noun: 'quiz',
    placeHolder: 'Search by title, id, module or status (not started, passed, best …%)',
    row: (q, moduleTitle, progress) => quizPickText(q, moduleTitle, progress),
  });
}
