/** Progress lives in VS Code's globalState (synced across machines with Settings Sync). */
import type * as vscode from 'vscode';
import { ProgressStore } from '../../core/progress/store';
import { PROGRESS_KEY } from '../commandIds';
import type { Logger } from './log';

export function globalStateProgress(context: vscode.ExtensionContext, log: Logger): ProgressStore {
  context.globalState.setKeysForSync([PROGRESS_KEY]);
  return new ProgressStore(context.globalState, PROGRESS_KEY, (e) => log.error(`could not save progress: ${e instanceof Error ? e.message : String(e)}`));
}
