/**
 * The one HTML shell of every DE Dojo webview: a strict content security policy (nothing by
 * default, scripts only with this page's nonce, styles and images only from the extension), every
 * asset through asWebviewUri, and the narrowest local resource roots.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { webviewCsp } from '../views/csp';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'content')],
  };
}

export interface ShellOptions {
  /** The bundle in dist/webview, e.g. "lessonMain.js". */
  script: string;
  /** The document title, for screen readers. */
  title: string;
  /** What the page says until its script has drawn it. */
  loading?: string;
}

export function shellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, o: ShellOptions): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p)).toString();
  const csp = webviewCsp(webview.cspSource, nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'webview.css')}">
<title>${escapeHtml(o.title)}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">${escapeHtml(o.loading ?? 'Loading…')}</p></main>
<script nonce="${nonce}" src="${asset('dist', 'webview', o.script)}"></script>
</body>
</html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
