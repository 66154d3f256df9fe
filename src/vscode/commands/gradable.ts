/** Everything Run and Check need before the grader sees an answer, with a clear message when missing. */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import { formatDiagnostic } from '../../core/content/diagnostics';
import type { Problem } from '../../core/content/model';
import type { PipelineProblemSpec } from '../../core/grading/pipelineTypes';
import type { QueryProblemSpec } from '../../core/grading/types';
import { problemFor, type Ui } from './context';

export type Gradable = {
  problem: Problem;
  text: string;
  document?: vscode.TextDocument;
} & ({ kind: 'query'; spec: QueryProblemSpec; rounding?: string } | { kind: 'pipeline'; spec: PipelineProblemSpec });

export async function gradable(ui: Ui, arg: unknown): Promise<Gradable | undefined> {
  const problem = problemFor(ui, arg);
  if (!problem) return undefined;
  ui.dojo.lastProblemId = itemKey(problem);
  const catalog = ui.dojo.catalogOf(problem);
  const { files, diagnostics } = catalog.problemFiles(problem.id);
  if (!files) {
    void vscode.window.showErrorMessage(`DE Dojo: "${problem.title}" cannot be graded because its content is broken: ${diagnostics.map(formatDiagnostic).join('; ')}`);
    return undefined;
  }
  const answer = await ui.dojo.answers.read(problem);
  if (answer.text === undefined) {
    void vscode.window.showErrorMessage(`DE Dojo: ${answer.problem ?? 'the answer cannot be read'}`);
    return undefined;
  }
  const base = { problem, text: answer.text, document: answer.document };
  if (files.kind === 'query') return { ...base, kind: 'query', spec: catalog.querySpec(problem.id)!, rounding: files.meta.rounding };
  return { ...base, kind: 'pipeline', spec: catalog.pipelineSpec(problem.id)! };
}
