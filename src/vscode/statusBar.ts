/** One short status bar item: "DE Dojo 3/11" (problems solved / problems), click to continue. */
import * as vscode from 'vscode';
import { lessonRecord, progressKey } from '../core/progress/model';
import { nextUnfinished, problemCount } from '../core/progress/navigation';
import { COMMANDS } from './commandIds';
import type { Dojo } from './dojo';

export function registerStatusBar(dojo: Dojo): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('deDojo.progress', vscode.StatusBarAlignment.Left, 0);
  item.name = 'DE Dojo Progress';
  item.command = COMMANDS.continue.id;
  const update = () => {
    if (!dojo.isLoaded) return;
    if (dojo.contentState() === 'failed') {
      item.text = '$(warning) DE Dojo';
      item.tooltip = `DE Dojo could not load its course: ${dojo.firstContentError()}. Click to see the content problems.`;
      item.command = COMMANDS.showContentProblems.id;
      item.show();
      return;
    }
    // The status bar counts and names the built-in course, so it continues there (with course packs,
    // Continue alone goes on in the course worked on last).
    item.command = { command: COMMANDS.continue.id, title: COMMANDS.continue.title, arguments: [{ type: 'course' }] };
    const c = problemCount(dojo.catalog().course, dojo.progress.progress);
    const lessons = dojo.catalog().course.modules.flatMap((m) => m.items).filter((i) => i.kind === 'lesson');
    const read = lessons.filter((l) => lessonRecord(dojo.progress.progress, progressKey(l))).length;
    item.text = `$(mortar-board) DE Dojo ${c.done}/${c.total}`;
    const next = nextUnfinished(dojo.catalog().course, dojo.progress.progress);
    item.tooltip = `DE Dojo: ${c.done} of ${c.total} problems solved, ${read} of ${lessons.length} lessons read. ${next ? `Click to continue: ${next.title}.` : 'Everything is done.'}`;
    item.accessibilityInformation = { label: `DE Dojo: ${c.done} of ${c.total} problems solved. Continue.` };
    item.show();
  };
  update();
  return [item, dojo.progress.onDidChange(update), dojo.onDidChangeCatalog(update)];
}
