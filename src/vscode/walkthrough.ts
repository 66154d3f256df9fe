/**
 * Ticks the steps of the "Get started with DE Dojo" walkthrough. Its completion events
 * (`onContext:` keys) alone miss steps done before the workbench created its walkthrough service,
 * which it does lazily: a key already true at that moment never counts (VS Code records it as
 * seen without ticking the step). So the step is also marked done directly, with the workbench's
 * own `welcome.markStepComplete` command, whenever the thing it asks for has happened: at
 * activation from saved progress, and at the moment it happens.
 */
import * as vscode from 'vscode';
import { WALKTHROUGH } from './commandIds';

export type WalkthroughStep = keyof typeof WALKTHROUGH.steps;

export function completeWalkthroughStep(context: vscode.ExtensionContext, step: WalkthroughStep, contextKey: string): void {
  void vscode.commands.executeCommand('setContext', contextKey, true);
  const id = `${context.extension.id}#${WALKTHROUGH.id}#${WALKTHROUGH.steps[step]}`;
  // A host without the welcome page has no such command: the context key is all there is then.
  void Promise.resolve(vscode.commands.executeCommand('welcome.markStepComplete', id)).then(undefined, () => {});
}
