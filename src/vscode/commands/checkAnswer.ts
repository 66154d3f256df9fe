/**
 * "DE Dojo: Check Answer": grades the answer on every dataset, records the attempt, shows the
 * verdict and the feedback ladder in the problem panel and a short notification.
 */
import * as vscode from 'vscode';
import { headline, STATUS_TITLE } from '../../core/grading/describe';
import { recordCheck } from '../../core/progress/model';
import { nextUnfinished } from '../../core/progress/navigation';
import { COMMANDS, CONTEXT_KEYS, SETTINGS } from '../commandIds';
import { gradeView } from '../views/gradeView';
import type { DojoCommand, Ui } from './context';
import { gradable } from './gradable';
import { withGradingProgress } from './progress';
import { openCourseItem } from './openItem';

export const checkAnswerCommand: DojoCommand = {
  id: COMMANDS.checkAnswer.id,
  async run(ui, arg) {
    const g = await gradable(ui, arg, 'check');
    if (!g) return undefined;
    const { problem, spec, text, document } = g;
    ui.problems.show(problem, vscode.ViewColumn.Beside, true);
    ui.problems.busy(problem.id, 'check');
    const grade = await withGradingProgress(`DE Dojo: checking "${problem.title}" on ${spec.datasets.length} datasets`, () => ui.dojo.grader.gradeQuery(spec, text));
    const now = new Date();
    ui.dojo.lastGrade = grade;
    ui.dojo.diagnostics.report(ui.dojo.answers.uriFor(problem), grade.error, document);
    const files = ui.dojo.catalog().problemFiles(problem.id).files;
    ui.problems.setGrade(problem.id, gradeView(grade, files?.kind === 'query' ? files.meta.rounding : undefined, now));
    const wasSolved = ui.dojo.progress.progress.problems[problem.id]?.solved === true;
    await ui.dojo.progress.update((p) => recordCheck(p, problem.id, grade.status, now));
    if (grade.status === 'correct') updateWalkthrough(ui);
    if (ui.dojo.setting(SETTINGS.showNotifications, true)) notify(ui, problem.id, grade.status, headline(grade), wasSolved);
    return grade;
  },
};

function notify(ui: Ui, problemId: string, status: 'correct' | 'incorrect' | 'error', line: string, wasSolved: boolean): void {
  const title = STATUS_TITLE[status];
  if (status === 'correct') {
    const next = nextUnfinished(ui.dojo.catalog().course, ui.dojo.progress.progress, problemId);
    const message = wasSolved ? `${title}: all datasets match.` : `${title}: solved! All datasets match.`;
    void (next ? vscode.window.showInformationMessage(message, `Next: ${next.title}`) : vscode.window.showInformationMessage(message)).then((choice) => {
      if (choice && next) void openCourseItem(ui, next);
    });
  } else if (status === 'incorrect') {
    void vscode.window.showWarningMessage(`${title}: ${short(line)} See the problem panel for details.`);
  } else {
    void vscode.window.showErrorMessage(`${title}: ${short(line)}`);
  }
}

function short(s: string): string {
  return s.length > 220 ? `${s.slice(0, 217)}…` : s;
}

function updateWalkthrough(ui: Ui): void {
  const first = ui.dojo.catalog().course.modules.flatMap((m) => m.items).find((i) => i.kind === 'problem');
  if (first && ui.dojo.progress.progress.problems[first.id]?.solved) {
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.firstProblemSolved, true);
  }
}
