/**
 * "DE Dojo: Reset Problem": puts the starter back in the answer file after asking, and keeps the
 * previous text in a backup file the learner can reopen. Progress (solved, hints) stays.
 */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { COMMANDS } from '../commandIds';
import { problemFor, type DojoCommand } from './context';

export const resetProblemCommand: DojoCommand = {
  id: COMMANDS.resetProblem.id,
  async run(ui, arg) {
    const problem = problemFor(ui, arg);
    if (!problem) return false;
    const files = ui.dojo.catalogOf(problem).problemFiles(problem.id).files;
    if (!files) {
      void vscode.window.showErrorMessage(`DE Dojo: "${problem.title}" cannot be reset because its content is broken.`);
      return false;
    }
    const reset = 'Reset';
    const choice = await vscode.window.showWarningMessage(
      `Reset "${problem.title}" to the starter query?`,
      { modal: true, detail: 'Your current answer is saved to a backup file first, so you can reopen it. Your progress stays as it is.' },
      reset,
    );
    if (choice !== reset) return false;
    const uri = ui.dojo.answers.uriFor(problem);
    const document = ui.dojo.answers.openDocument(problem);
    // The backup keeps the file's own bytes when it is not open (a decode and re-encode would
    // replace what is not UTF-8); an open editor's text is what the learner sees, unsaved edits included.
    let previous: Uint8Array | undefined;
    if (document) previous = new TextEncoder().encode(document.getText());
    else {
      try {
        previous = await vscode.workspace.fs.readFile(uri);
      } catch {
        previous = undefined; // no file yet: nothing to keep
      }
    }
    const now = new Date();
    let backup: vscode.Uri | undefined;
    try {
      if (previous !== undefined && !sameBytes(previous, new TextEncoder().encode(files.starterSql))) backup = await ui.dojo.answers.backup(problem, previous, now);
    } catch (e) {
      void vscode.window.showErrorMessage(`DE Dojo: the backup could not be written, so nothing was reset: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    if (document && !document.isClosed) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), files.starterSql);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    } else {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(files.starterSql));
    }
    ui.dojo.diagnostics.clear(uri);
    ui.problems.clearResults(itemKey(problem));
    ui.dojo.log.info(`reset ${problem.id}${backup ? `; previous answer kept in ${backup.fsPath}` : ''}`);
    if (backup) {
      const open = 'Open Backup';
      void vscode.window.showInformationMessage(`DE Dojo: "${problem.title}" was reset. Your previous answer is in ${vscode.workspace.asRelativePath(backup)}.`, open).then(async (c) => {
        if (c === open) await vscode.window.showTextDocument(backup!, { preview: false, viewColumn: vscode.ViewColumn.Active });
      });
    } else {
      void vscode.window.showInformationMessage(`DE Dojo: "${problem.title}" was reset to the starter query.`);
    }
    return true;
  },
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
