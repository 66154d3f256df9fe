/** Where a link followed in any DE Dojo page goes: course items through openItem, the web over https only. */
import * as vscode from 'vscode';
import { packItemKey } from '../../core/content/packs';
import { isHttpsUrl, type NavigationMessage } from '../../shared/messages';
import { COMMANDS } from '../commandIds';

export async function openExternal(url: string): Promise<boolean> {
  if (!isHttpsUrl(url)) return false;
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}

/** The host's half of the pages' routeLinkClicks: the same for the lesson, problem and quiz panels (`pack`: the page's course pack). */
export function followLink(m: NavigationMessage, pack?: string): void {
  // A page of a course pack links to the pack's own items (its ids are its own).
  if (m.type === 'openItem') void vscode.commands.executeCommand(COMMANDS.openItem.id, { kind: m.kind, id: packItemKey(pack, m.id) });
  else void openExternal(m.url);
}
