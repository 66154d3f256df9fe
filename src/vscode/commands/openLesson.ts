/** "DE Dojo: Open Lesson...": a quick pick over every lesson, or a lesson given as argument. */
import * as vscode from 'vscode';
import type { Lesson } from '../../core/content/model';
import { COMMANDS } from '../commandIds';
import { itemFromArg, type DojoCommand, type Ui } from './context';

export const openLessonCommand: DojoCommand = {
  id: COMMANDS.openLesson.id,
  async run(ui, arg) {
    if (arg !== undefined) {
      const item = itemFromArg(ui, arg);
      if (item?.kind === 'lesson') return ui.lessons.open(item.id);
      void vscode.window.showErrorMessage(`DE Dojo: there is no lesson "${typeof arg === 'string' ? arg : JSON.stringify(arg)}" in the course.`);
      return false;
    }
    const lesson = await pickLesson(ui);
    return lesson ? ui.lessons.open(lesson.id) : false;
  },
};

interface LessonPick extends vscode.QuickPickItem {
  lesson?: Lesson;
}

async function pickLesson(ui: Ui): Promise<Lesson | undefined> {
  const { course } = ui.dojo.catalog();
  const progress = ui.dojo.progress.progress;
  const items: LessonPick[] = [];
  for (const m of course.modules) {
    const lessons = m.items.filter((i): i is Lesson => i.kind === 'lesson');
    if (lessons.length === 0) continue;
    items.push({ label: m.title, kind: vscode.QuickPickItemKind.Separator });
    for (const l of lessons) {
      const read = progress.lessons[l.id] !== undefined;
      items.push({
        label: `${read ? '$(pass-filled)' : '$(book)'} ${l.title}`,
        description: `${l.id} · ${m.title}`,
        detail: [`${l.meta.minutes} min`, read ? 'read' : 'not read', l.meta.summary].filter(Boolean).join(' · '),
        lesson: l,
      });
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('DE Dojo: the course has no lessons yet.');
    return undefined;
  }
  const choice = await vscode.window.showQuickPick(items, {
    title: 'DE Dojo: Open Lesson',
    placeHolder: 'Search by title, id, module or status (read, not read)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return choice?.lesson;
}
