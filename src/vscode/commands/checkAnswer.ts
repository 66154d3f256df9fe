/**
 * "DE Dojo: Check Answer": grades the answer on every dataset (or scenario), records the attempt,
 * and shows the verdict and the feedback ladder in the problem panel. A notification repeats the
 * verdict only when that panel is not on screen (closed, or behind another tab).
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import type { Problem } from '../../core/content/model';
import { STATUS_TITLE } from '../../core/grading/describe';
import type { PipelineGrade } from '../../core/grading/pipelineTypes';
import type { QueryGrade } from '../../core/grading/types';
import { recordCheck } from '../../core/progress/model';
import { nextAfter } from '../../core/progress/navigation';
import { COMMANDS, SETTINGS } from '../commandIds';
import { gradeView, pipelineGradeView } from '../views/gradeView';
import { shouldNotify } from '../views/notifications';
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
    ui.problems.busy(key, 'check', text);
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
    if (shouldNotify(ui.dojo.setting(SETTINGS.showNotifications, true), ui.problems.isVisible(key))) notify(ui, problem, grade.status, view.headline, wasSolved);
    return grade;
  },
};

function notify(ui: Ui, problem: Problem, status: 'correct' | 'incorrect' | 'error', line: string, wasSolved: boolean): void {
  const title = STATUS_TITLE[status];
  if (status === 'correct') {
    const next = nextAfter(ui.dojo.catalogOf(problem).course, ui.dojo.progress.progress, problem.id);
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

