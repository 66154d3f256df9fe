/** What every command receives, and how a command finds the problem it should act on. */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import type { CourseItem, Problem } from '../../core/content/model';
import type { TopicNode } from '../../core/progress/treeDescription';
import { COMMANDS } from '../commandIds';
import type { Dojo } from '../dojo';
import type { TopicsTree } from '../tree/topicsTree';
import type { LessonPanel } from '../webview/lessonPanel';
import type { ProblemPanels } from '../webview/problemPanel';
import type { QuizPanels } from '../webview/quizPanel';

export interface Ui {
  dojo: Dojo;
  tree: TopicsTree;
  lessons: LessonPanel;
  problems: ProblemPanels;
  quizzes: QuizPanels;
}

export interface DojoCommand {
  id: string;
  run(ui: Ui, ...args: unknown[]): unknown;
}

/** A reference to an item as commands accept it: from the tree, a webview, a CodeLens or a test. */
export type ItemArg = string | TopicNode | { kind: CourseItem['kind']; id: string; focusEditor?: boolean } | vscode.Uri;

export function itemFromArg(ui: Ui, arg: unknown): CourseItem | undefined {
  // Keys address built-in items by id and pack items as "<pack>/<id>" (core/content/packs.ts).
  if (typeof arg === 'string') return ui.dojo.item(arg);
  if (arg instanceof vscode.Uri) return ui.dojo.answers.problemFor(arg);
  if (typeof arg === 'object' && arg !== null) {
    const o = arg as Record<string, unknown>;
    if ((o.type === 'item' || o.type === 'next') && typeof o.item === 'object' && o.item !== null) return ui.dojo.item(itemKey(o.item as CourseItem));
    if (typeof o.id === 'string') {
      const item = ui.dojo.item(o.id);
      return item && (o.kind === undefined || item.kind === o.kind) ? item : undefined;
    }
  }
  return undefined;
}

/** The course a tree course node stands for (the built-in one: no pack), when the argument is one. */
export function courseNodeArg(arg: unknown): { pack?: string; root?: string } | undefined {
  if (typeof arg !== 'object' || arg === null || (arg as { type?: unknown }).type !== 'course') return undefined;
  const pack = (arg as { pack?: { id: string; root: string } }).pack;
  return pack ? { pack: pack.id, root: pack.root } : {};
}

/** The message for a command given an id (or argument) that names no item of its kind. */
export function showNoSuchItem(noun: string, arg: unknown): void {
  void vscode.window.showErrorMessage(`DE Dojo: there is no ${noun} "${typeof arg === 'string' ? arg : JSON.stringify(arg)}" in the course.`);
}

/**
 * The problem a command acts on: the argument if there is one, else the active answer editor, else
 * the active problem panel, else the last problem worked on. Tells the learner when there is none.
 */
export function problemFor(ui: Ui, arg: unknown): Problem | undefined {
  if (arg !== undefined) {
    const item = itemFromArg(ui, arg);
    if (item?.kind === 'problem') return item;
    if (item === undefined && typeof arg === 'string') {
      showNoSuchItem('problem', arg);
      return undefined;
    }
  }
  const fromEditor = ui.dojo.answers.problemFor(vscode.window.activeTextEditor?.document.uri);
  const id = (fromEditor && itemKey(fromEditor)) ?? ui.problems.activeProblemId() ?? ui.dojo.lastProblemId;
  const problem = ui.dojo.problem(id);
  if (problem) return problem;
  void vscode.window.showInformationMessage('DE Dojo: open a problem first.', COMMANDS.openProblem.title).then((choice) => {
    if (choice) void vscode.commands.executeCommand(COMMANDS.openProblem.id);
  });
  return undefined;
}
