/**
 * "DE Dojo: Show Content Problems": every content diagnostic of the loaded course in a quick pick;
 * picking one opens the file at the line (for course authors, and for a course that failed to load).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import { courseNodeArg, type DojoCommand } from './context';

export const showContentProblemsCommand: DojoCommand = {
  id: COMMANDS.showContentProblems.id,
  async run(ui, arg) {
    // With a pack's id or folder (the tree passes its folder): that pack's findings, loading and validation.
    const key = typeof arg === 'string' ? arg : courseNodeArg(arg)?.root;
    const pack = key === undefined ? undefined : (ui.dojo.packs.entries.find((p) => p.root === key) ?? ui.dojo.packs.entries.find((p) => p.id === key));
    const root = pack ? pack.root : ui.dojo.catalog().source.root;
    const diagnostics = pack ? pack.diagnostics : ui.dojo.catalog().diagnostics;
    if (diagnostics.length === 0) {
      void vscode.window.showInformationMessage(pack ? `DE Dojo: the course pack "${pack.title}" has no problems.` : 'DE Dojo: the course content loaded without problems.');
      return 0;
    }
    const picks = diagnostics.map((d) => ({
      label: `${d.severity === 'error' ? '$(error)' : '$(warning)'} ${d.file}${d.line ? `:${d.line}` : ''}`,
      detail: d.message,
      diagnostic: d,
    }));
    const choice = await vscode.window.showQuickPick(picks, { title: 'DE Dojo: Content Problems', placeHolder: `${diagnostics.length} found in ${root}`, matchOnDetail: true });
    if (!choice) return diagnostics.length;
    const file = vscode.Uri.file(path.join(root, ...choice.diagnostic.file.split('/')));
    const line = Math.max(0, (choice.diagnostic.line ?? 1) - 1);
    const column = Math.max(0, (choice.diagnostic.column ?? 1) - 1);
    try {
      const stat = await vscode.workspace.fs.stat(file);
      if (stat.type & vscode.FileType.Directory) {
        await vscode.commands.executeCommand('revealInExplorer', file);
        return diagnostics.length;
      }
      await vscode.window.showTextDocument(file, { selection: new vscode.Range(line, column, line, column), preview: true });
    } catch {
      void vscode.window.showErrorMessage(`DE Dojo: ${choice.diagnostic.file} cannot be opened.`);
    }
    return diagnostics.length;
  },
};
