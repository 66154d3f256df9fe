// Minimal host entry until the VS Code experience lands: activation must stay cheap.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
