/**
 * Progress on this machine lives in VS Code's globalState (synced with Settings Sync), as the
 * cache of the progress file in the answer folder (progressFile.ts in core decides the merging).
 */
import * as vscode from 'vscode';
import type { ProgressFilePort } from '../../core/progress/progressFile';
import { ProgressStore } from '../../core/progress/store';
import { PROGRESS_KEY } from '../commandIds';
import type { AnswerFiles } from '../editors/answerFiles';
import { exists } from '../editors/answerFiles';
import type { Logger } from './log';

export function globalStateProgress(context: vscode.ExtensionContext, log: Logger, onWriteError: (message: string) => void): ProgressStore {
  context.globalState.setKeysForSync([PROGRESS_KEY]);
  return new ProgressStore(context.globalState, PROGRESS_KEY, (e) => {
    const message = `could not save progress on this machine: ${e instanceof Error ? e.message : String(e)}`;
    log.error(message);
    onWriteError(message);
  });
}

/**
 * The progress file in the answer folder. It is written only once the answer folder exists (the
 * first answer creates it), so DE Dojo never adds files to a workspace where nothing was practised.
 */
export function answerFolderProgressFile(answers: AnswerFiles): ProgressFilePort {
  const uri = answers.progressUri();
  const folder = vscode.Uri.joinPath(uri, '..');
  const shown = answers.folder().practice ? uri.fsPath : vscode.workspace.asRelativePath(uri);
  return {
    displayPath: shown,
    async read() {
      if (!(await exists(uri))) return undefined;
      return vscode.workspace.fs.readFile(uri);
    },
    async write(bytes) {
      if (!(await exists(folder))) return false;
      // Written beside and renamed over, so a crash mid-write never leaves half a file.
      const temp = vscode.Uri.joinPath(folder, `.progress-${process.pid}-${Date.now()}.tmp`);
      await vscode.workspace.fs.writeFile(temp, bytes);
      await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
      return true;
    },
    async keepCopy(name, bytes) {
      let target = vscode.Uri.joinPath(folder, name);
      for (let n = 2; await exists(target); n++) target = vscode.Uri.joinPath(folder, name.replace(/\.json$/, `-${n}.json`));
      await vscode.workspace.fs.writeFile(target, bytes);
      return answers.folder().practice ? target.fsPath : vscode.workspace.asRelativePath(target);
    },
  };
}
