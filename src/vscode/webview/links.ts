/** Links that leave DE Dojo: only https, checked again on the host side. */
import * as vscode from 'vscode';
import { isHttpsUrl } from '../../shared/messages';

export async function openExternal(url: string): Promise<boolean> {
  if (!isHttpsUrl(url)) return false;
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}
