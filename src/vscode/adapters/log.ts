/** The "DE Dojo" output channel as the small Logger port the rest of the extension uses. */
import * as vscode from 'vscode';
import { OUTPUT_CHANNEL } from '../commandIds';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  show(): void;
}

export function createLogger(): Logger & vscode.Disposable {
  const channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  return {
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m) => channel.error(m),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
