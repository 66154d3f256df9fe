/** SQL and policy errors as diagnostics at the right place in the answer file. */
import * as vscode from 'vscode';
import type { GradeError } from '../../core/grading/types';
import { describeError } from '../../core/grading/describe';
import { DIAGNOSTIC_SOURCE } from '../commandIds';

export class AnswerDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('de-dojo');

  /** Shows the error when it has a place in the file; clears the file's diagnostics otherwise. */
  report(uri: vscode.Uri, error: GradeError | undefined, document?: vscode.TextDocument): void {
    if (!error || (error.kind !== 'sql' && error.kind !== 'policy')) {
      this.collection.delete(uri);
      return;
    }
    const range = errorRange(error, document);
    const message = error.kind === 'sql' ? error.message : describeError(error);
    const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = error.kind === 'sql' ? 'sql-error' : 'answer-policy';
    this.collection.set(uri, [d]);
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function errorRange(error: Extract<GradeError, { kind: 'sql' | 'policy' }>, document?: vscode.TextDocument): vscode.Range {
  const line = Math.max(0, error.line - 1);
  const column = Math.max(0, error.column - 1);
  const start = new vscode.Position(line, column);
  if (error.kind === 'sql' && error.length > 0) return new vscode.Range(start, start.translate(0, error.length));
  // A policy error points at a word: underline the word (or one character at the end of a line).
  const word = document && line < document.lineCount ? document.getWordRangeAtPosition(start) : undefined;
  return word ?? new vscode.Range(start, start.translate(0, 1));
}
