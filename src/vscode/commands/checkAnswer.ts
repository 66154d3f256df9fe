/**
 * "DE Dojo: Check Answer": grades the answer on every dataset (or scenario), records the attempt,
 * shows the verdict and the feedback ladder in the problem panel and a short notification.
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import type { Problem } from '../../core/content/model';
import { STATUS_TITLE } from '../../core/grading/describe';
import type { PipelineGrade } from '../../core/grading/pipelineTypes';
import type { QueryGrade } from '../../core/grading/types';
import { recordCheck } from '../../core/progress/model';
import { nextUnfinished } from '../../core/progress/navigation';
import { COMMANDS, CONTEXT_KEYS, SETTINGS } from '../commandIds';
import { gradeView, pipelineGradeView } from '../views/gradeView';
import type { DojoCommand, Ui } from './context';
import { gradable } from './gradable';
import { withGradingProgress } from './progress';

export const checkAnswerCommand: DojoCommand = {
  id: COMMANDS.checkAnswer.id,
  async run(ui, arg) {
    const g = await gradable(ui, arg);
    if (!g) return undefined;
    const { problem, text, document } = g;
    ui.problems.show(problem, vscode.ViewColumn.Beside, true);
    const key = itemKey(problem);
    ui.problems.busy(key, 'check');
    let grade: QueryGrade | PipelineGrade;
    if (g.kind === 'query') {
      grade = await withGradingProgress(`DE Dojo: checking "${problem.title}" on ${g.spec.datasets.length} datasets`, () => ui.dojo.grader.gradeQuery(g.spec, text));
    } else {
      grade = await withGradingProgress(`DE Dojo: checking "${problem.title}" on ${g.spec.scenarios.length} scenarios`, () => ui.dojo.grader.gradePipeline(g.spec, text));
    }
    const now = new Date();
    ui.dojo.lastGrade = grade;
    const view = grade.kind === 'query' ? gradeView(grade, g.kind === 'query' ? g.rounding : undefined, now) : pipelineGradeView(grade, now);
    const locatedError = grade.error ?? (grade.kind === 'pipeline' && grade.firstFailure !== undefined ? grade.scenarios[grade.firstFailure].failure?.error : undefined);
    ui.dojo.diagnostics.report(ui.dojo.answers.uriFor(problem), locatedError, document);
    ui.problems.setGrade(key, view);
    const wasSolved = ui.dojo.progress.progress.problems[key]?.solved === true;
    await ui.dojo.progress.update((p) => recordCheck(p, key, grade.status, now));
    if (grade.status === 'correct') updateWalkthrough(ui);
    if (ui.dojo.setting(SETTINGS.showNotifications, true)) notify(ui, problem, grade.status, view.headline, wasSolved);
    return grade;
  },
};

function notify(ui: Ui, problem: Problem, status: 'correct' | 'incorrect' | 'error', line: string, wasSolved: boolean): void {
  const title = STATUS_TITLE[status];
  if (status === 'correct') {
    const next = nextUnfinished(ui.dojo.catalogOf(problem).course, ui.dojo.progressFor(problem), problem.id);
    const message = wasSolved ? `${title}: everything matches.` : `${title}: solved! Everything matches.`;
    const nextLabel = next ? `Next: ${next.title}` : undefined;
    void (nextLabel ? vscode.window.showInformationMessage(message, nextLabel) : vscode.window.showInformationMessage(message)).then((choice) => {
      if (choice && next) void vscode.commands.executeCommand(COMMANDS.openItem.id, { kind: next.kind, id: itemKey(next) });
    });
  } else if (status === 'incorrect') {
    void vscode.window.showWarningMessage(`${title}: ${short(line)} Details are in the problem panel.`);
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
