/** "DE Dojo: Open Quiz...": a quick pick over every concept check with its status, or a quiz given as argument. */
import * as vscode from 'vscode';
import type { Quiz } from '../../core/content/model';
import { COMMANDS } from '../commandIds';
import { quizPickText } from '../views/quizPick';
import { itemFromArg, type DojoCommand, type Ui } from './context';

export const openQuizCommand: DojoCommand = {
  id: COMMANDS.openQuiz.id,
  async run(ui, arg) {
    if (arg !== undefined) {
      const item = itemFromArg(ui, arg);
      if (item?.kind === 'quiz') return ui.quizzes.open(item.id);
      void vscode.window.showErrorMessage(`DE Dojo: there is no quiz "${typeof arg === 'string' ? arg : JSON.stringify(arg)}" in the course.`);
      return false;
    }
    const quiz = await pickQuiz(ui);
    return quiz ? ui.quizzes.open(quiz.id) : false;
  },
};

interface QuizPick extends vscode.QuickPickItem {
  quiz?: Quiz;
}

async function pickQuiz(ui: Ui): Promise<Quiz | undefined> {
  const { course } = ui.dojo.catalog();
  const progress = ui.dojo.progress.progress;
  const items: QuizPick[] = [];
  for (const m of course.modules) {
    const quizzes = m.items.filter((i): i is Quiz => i.kind === 'quiz');
    if (quizzes.length === 0) continue;
    items.push({ label: m.title, kind: vscode.QuickPickItemKind.Separator });
    for (const q of quizzes) items.push({ ...quizPickText(q, m.title, progress), quiz: q });
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('DE Dojo: the course has no quizzes yet.');
    return undefined;
  }
  const choice = await vscode.window.showQuickPick(items, {
    title: 'DE Dojo: Open Quiz',
    placeHolder: 'Search by title, id, module or status (not started, passed, best …%)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return choice?.quiz;
}
