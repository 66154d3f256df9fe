/** Everything Run and Check need before the grader sees an answer, with a clear message when missing. */
import * as vscode from 'vscode';
import type { Problem } from '../../core/content/model';
import type { QueryProblemSpec } from '../../core/grading/types';
import { formatDiagnostic } from '../../core/content/diagnostics';
import { problemFor, type Ui } from './context';

export interface Gradable {
  problem: Problem;
  spec: QueryProblemSpec;
  text: string;
  document?: vscode.TextDocument;
}

export async function gradable(ui: Ui, arg: unknown, what: 'run' | 'check'): Promise<Gradable | undefined> {
  const problem = problemFor(ui, arg);
  if (!problem) return undefined;
  ui.dojo.lastProblemId = problem.id;
  const catalog = ui.dojo.catalog();
  const { files, diagnostics } = catalog.problemFiles(problem.id);
  if (!files) {
    void vscode.window.showErrorMessage(`DE Dojo: "${problem.title}" cannot be graded because its content is broken: ${diagnostics.map(formatDiagnostic).join('; ')}`);
    return undefined;
  }
  if (files.kind !== 'query') {
    void vscode.window.showInformationMessage(`DE Dojo: "${problem.title}" is a pipeline problem; it cannot be ${what === 'run' ? 'run' : 'checked'} in the editor yet. Use the command line: de-dojo ${what} ${problem.id} <file>.`);
    return undefined;
  }
  const spec = catalog.querySpec(problem.id)!;
  const answer = await ui.dojo.answers.read(problem);
  if (answer.text === undefined) {
    void vscode.window.showErrorMessage(`DE Dojo: ${answer.problem ?? 'the answer cannot be read'}`);
    return undefined;
  }
  return { problem, spec, text: answer.text, document: answer.document };
}
