/** Registers every command (one per file); ids come from commandIds.ts. */
import * as vscode from 'vscode';
import { checkAnswerCommand } from './checkAnswer';
import type { DojoCommand, Ui } from './context';
import { continueCommand } from './continue';
import { keepProblemOpenCommand } from './keepProblemOpen';
import { stopKeepingProblemOpenCommand } from './keepProblemOpen';
import { markLessonReadCommand } from './markLessonRead';
import { openItemCommand } from './openItem';
import { openLessonCommand } from './openLesson';
import { openProblemCommand } from './openProblem';
import { openQuizCommand } from './openQuiz';
import { reloadCourseCommand } from './reloadCourse';
import { resetProblemCommand } from './resetProblem';
import { resetProgressCommand } from './resetProgress';
import { runQueryCommand } from './runQuery';
import { showHintCommand } from './showHint';
import { showContentProblemsCommand } from './showContentProblems';
import { showLogCommand } from './showLog';
import { showSolutionCommand } from './showSolution';

export const ALL_COMMANDS: DojoCommand[] = [
  runQueryCommand,
  checkAnswerCommand,
  showHintCommand,
  showSolutionCommand,
  resetProblemCommand,
  continueCommand,
  openLessonCommand,
  openProblemCommand,
  openQuizCommand,
  reloadCourseCommand,
  resetProgressCommand,
  showLogCommand,
  showContentProblemsCommand,
  openItemCommand,
  markLessonReadCommand,
  keepProblemOpenCommand,
  stopKeepingProblemOpenCommand,
];

export function registerCommands(ui: Ui): vscode.Disposable[] {
  return ALL_COMMANDS.map((c) =>
    vscode.commands.registerCommand(c.id, async (...args: unknown[]) => {
      try {
        return await c.run(ui, ...args);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        ui.dojo.log.error(`${c.id} failed: ${e instanceof Error ? (e.stack ?? message) : message}`);
        void vscode.window.showErrorMessage(`DE Dojo: ${message}`);
        return undefined;
      }
    }),
  );
}
