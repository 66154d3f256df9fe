/**
 * Answer files in the editor: Run | Check | Hint CodeLens at the top, the `deDojo.isAnswerFile`
 * context key (editor title buttons and keybindings use it), and the "last problem" that commands
 * fall back to.
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { COMMANDS, CONTEXT_KEYS, SETTINGS } from '../commandIds';
import type { Dojo } from '../dojo';

export function registerAnswerEditors(dojo: Dojo): vscode.Disposable[] {
  const lenses = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lenses.event,
    provideCodeLenses(document) {
      const problem = dojo.answers.problemFor(document.uri);
      if (!problem) return [];
      const top = new vscode.Range(0, 0, 0, 0);
      return [
        new vscode.CodeLens(top, { title: '$(play) Run', tooltip: 'Run on the sample dataset (Ctrl+Enter)', command: COMMANDS.runQuery.id, arguments: [itemKey(problem)] }),
        new vscode.CodeLens(top, { title: '$(check) Check', tooltip: 'Check on every dataset (Ctrl+Shift+Enter)', command: COMMANDS.checkAnswer.id, arguments: [itemKey(problem)] }),
        new vscode.CodeLens(top, { title: '$(lightbulb) Hint', tooltip: 'Reveal the next hint', command: COMMANDS.showHint.id, arguments: [itemKey(problem)] }),
      ];
    },
  };

  const updateContext = (editor: vscode.TextEditor | undefined) => {
    const problem = editor && dojo.answers.problemFor(editor.document.uri);
    if (problem) dojo.lastProblemId = itemKey(problem);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.isAnswerFile, problem !== undefined);
  };
  // After activation, not during it: recognising an answer file needs the course.
  const initial = setTimeout(() => updateContext(vscode.window.activeTextEditor), 0);

  return [
    { dispose: () => clearTimeout(initial) },
    lenses,
    // Any .sql file: the answer folder is a setting, so the provider itself decides (problemFor).
    vscode.languages.registerCodeLensProvider({ pattern: '**/*.sql' }, provider),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    dojo.onDidChangeCatalog(() => {
      lenses.fire();
      updateContext(vscode.window.activeTextEditor);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.answerFolder}`)) return;
      lenses.fire();
      updateContext(vscode.window.activeTextEditor);
    }),
    // Diagnostics of a closed answer file would only go stale in the Problems view.
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (dojo.answers.problemFor(d.uri)) dojo.diagnostics.clear(d.uri);
    }),
  ];
}
