/**
 * Progress while grading: a spinner in the status bar at once, and a notification only when the
 * work takes long enough to be worth one (a check usually takes a few milliseconds; a runaway query
 * runs until the deadline).
 */
import * as vscode from 'vscode';

export const NOTIFY_AFTER_MS = 400;

export async function withGradingProgress<T>(title: string, task: () => Promise<T>): Promise<T> {
  const work = vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, task);
  let finished = false;
  const timer = setTimeout(() => {
    if (!finished) void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${title}…` }, () => work.then(() => undefined, () => undefined));
  }, NOTIFY_AFTER_MS);
  try {
    return await work;
  } finally {
    finished = true;
    clearTimeout(timer);
  }
}
