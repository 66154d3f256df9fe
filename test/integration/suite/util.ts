// Helpers for the integration suite: the extension's API, and polling for observable state
// (never a fixed sleep).
import * as vscode from 'vscode';
import type { DeDojoApi } from '../../../src/extension';

export const EXTENSION_ID = 'de-dojo.de-dojo';

export async function api(): Promise<DeDojoApi> {
  const ext = vscode.extensions.getExtension<DeDojoApi | undefined>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  const a = await ext.activate();
  if (!a) throw new Error('the extension failed to activate (see the DE Dojo output channel)');
  return a;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The open tab whose webview panel has this title, if any. */
export function webviewTab(title: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === title);
}

export async function setEditorText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
  if (!ok) throw new Error('could not edit the answer file');
}
