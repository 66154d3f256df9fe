/**
 * The composition root: builds the services, the Topics tree, the panels, the editor features and
 * the commands, hands every disposable to VS Code, and returns a narrow API for the integration
 * tests. No heavy work here: the course loads on first use and sql.js only with the first run.
 */
import * as vscode from 'vscode';
import type { Catalog } from './core/content/catalog';
import type { PackEntry } from './core/content/packs';
import type { PipelineGrade } from './core/grading/pipelineTypes';
import type { QueryGrade } from './core/grading/types';
import type { Progress } from './core/progress/model';
import { createLogger } from './vscode/adapters/log';
import { registerCommands } from './vscode/commands';
import { Dojo } from './vscode/dojo';
import { registerAnswerEditors } from './vscode/editors/answerEditors';
import { PackDiagnostics } from './vscode/packs/packDiagnostics';
import { registerStatusBar } from './vscode/statusBar';
import { TopicsTree } from './vscode/tree/topicsTree';
import { LessonPanel } from './vscode/webview/lessonPanel';
import { ProblemPanels } from './vscode/webview/problemPanel';
import { QuizPanels } from './vscode/webview/quizPanel';

export interface DeDojoApi {
  catalog(): Catalog;
  /** Course packs found so far (the search runs in the background once the course is loaded). */
  packs(): readonly PackEntry[];
  progress(): Progress;
  /** Has the grading worker (and with it sql.js) been started? */
  gradingStarted(): boolean;
  lastGrade(): QueryGrade | PipelineGrade | undefined;
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): DeDojoApi | undefined {
  const t0 = performance.now();
  const log = createLogger();
  context.subscriptions.push(log);
  try {
    const dojo = new Dojo(context, log);
    const tree = new TopicsTree(dojo);
    const lessons = new LessonPanel(dojo);
    const problems = new ProblemPanels(dojo);
    const quizzes = new QuizPanels(dojo);
    const ui = { dojo, tree, lessons, problems, quizzes };
    const packDiagnostics = new PackDiagnostics(dojo);
    context.subscriptions.push(dojo, tree, lessons, problems, quizzes, packDiagnostics, ...registerCommands(ui), ...registerAnswerEditors(dojo), ...registerStatusBar(dojo));
    const activationMs = performance.now() - t0;
    log.info(`activated in ${activationMs.toFixed(1)} ms (course and grader load on first use)`);
    return {
      catalog: () => dojo.catalog(),
      packs: () => dojo.packs.entries,
      progress: () => dojo.progress.progress,
      gradingStarted: () => dojo.grader.started,
      lastGrade: () => dojo.lastGrade,
      activationMs,
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log.error(`activation failed: ${e instanceof Error ? (e.stack ?? message) : message}`);
    void vscode.window.showErrorMessage(`DE Dojo could not start: ${message}`, 'Show Log').then((c) => c && log.show());
    return undefined;
  }
}

export function deactivate(): void {}
