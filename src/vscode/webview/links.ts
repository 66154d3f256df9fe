/** Where a link followed in any DE Dojo page goes: course items through openItem, the web over https only. */
import * as vscode from 'vscode';
import { isHttpsUrl, type NavigationMessage } from '../../shared/messages';
import { COMMANDS } from '../commandIds';

export async function openExternal(url: string): Promise<boolean> {
  if (!isHttpsUrl(url)) return false;
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}

/** The host's half of the pages' routeLinkClicks: the same for the lesson, problem and quiz panels. */
export function followLink(m: NavigationMessage): void {
  if (m.type === 'openItem') void vscode.commands.executeCommand(COMMANDS.openItem.id, { kind: m.kind, id: m.id });
  else void openExternal(m.url);
}
