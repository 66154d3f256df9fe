/** "DE Dojo: Open Problem...": a quick pick over every problem, or a problem given as argument. */
import * as vscode from 'vscode';
import { itemKey } from '../../core/content/packs';
import type { Problem } from '../../core/content/model';
import { formatDiagnostic } from '../../core/content/diagnostics';
import { problemRecord, problemStatus, progressKey } from '../../core/progress/model';
import { COMMANDS } from '../commandIds';
import { itemFromArg, showNoSuchItem, type DojoCommand, type Ui } from './context';
import { pickCourseItem } from './pickItem';

const STATUS_ICON = { new: '$(circle-large-outline)', attempted: '$(circle-large-filled)', solved: '$(pass-filled)' } as const;
const STATUS_WORD = { new: 'not started', attempted: 'attempted', solved: 'solved' } as const;

export const openProblemCommand: DojoCommand = {
  id: COMMANDS.openProblem.id,
  async run(ui, arg) {
    if (arg !== undefined) {
      const item = itemFromArg(ui, arg);
      if (item?.kind === 'problem') return openProblem(ui, item);
      showNoSuchItem('problem', arg);
      return undefined;
    }
    const problem = await pickProblem(ui);
    return problem ? openProblem(ui, problem) : undefined;
  },
};

function pickProblem(ui: Ui): Promise<Problem | undefined> {
  return pickCourseItem(ui, 'problem', {
    noun: 'problem',
    placeHolder: 'Search by title, id, module or status (solved, attempted, not started)',
    row: (p, moduleTitle, progress) => {
      const status = problemStatus(progress, progressKey(p));
      const hints = problemRecord(progress, progressKey(p)).hintsUsed;
      return {
        label: `${STATUS_ICON[status]} ${p.title}`,
        description: `${p.id} · ${moduleTitle}`,
        detail: [`${p.meta.difficulty}`, STATUS_WORD[status], hints ? `${hints} hints used` : undefined, p.meta.summary].filter(Boolean).join(' · '),
      };
    },
  });
}

let practiceFolderShown = false;

/** With no folder open: say where answers go meanwhile, and offer to open a folder for them. */
function offerOpenFolder(where: string): void {
  const open = 'Open Folder...';
  const settings = 'Answer Folder Setting';
  void vscode.window
    .showInformationMessage(
      `DE Dojo: no folder is open, so your answers and progress are kept in DE Dojo's own storage (${where}) meanwhile. Open a folder to keep them with your work, in its "de-dojo" folder (setting "deDojo.answerFolder").`,
      open,
      settings,
    )
    .then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.files.openFolder');
      else if (choice === settings) void vscode.commands.executeCommand('workbench.action.openSettings', 'deDojo.answerFolder');
    });
}

/**
 * Opens the learner's answer file (created from the starter if it does not exist; never
 * overwritten) and the problem panel beside it.
 */
export async function openProblem(ui: Ui, problem: Problem): Promise<vscode.TextEditor | undefined> {
  const { files, diagnostics } = ui.dojo.catalogOf(problem).problemFiles(problem.id);
  if (!files) {
    const first = diagnostics[0] ? formatDiagnostic(diagnostics[0]) : 'its files cannot be read';
    ui.dojo.log.error(`cannot open ${problem.id}: ${diagnostics.map(formatDiagnostic).join('; ')}`);
    void vscode.window.showErrorMessage(`DE Dojo: "${problem.title}" cannot be opened because its content is broken: ${first}`, COMMANDS.showLog.title).then((c) => {
      if (c) ui.dojo.log.show();
    });
    return undefined;
  }
  let uri: vscode.Uri;
  try {
    const ensured = await ui.dojo.answers.ensure(problem, files.starterSql);
    uri = ensured.uri;
    if (ensured.created) {
      ui.dojo.log.info(`created ${uri.fsPath} from the starter of ${problem.id}`);
      void ui.dojo.syncProgressFile();
    }
    const folder = ui.dojo.answers.folder();
    if (folder.practice && !practiceFolderShown) {
      practiceFolderShown = true;
      offerOpenFolder(folder.display);
    }
  } catch (e) {
    void vscode.window.showErrorMessage(`DE Dojo: could not create your answer file ${ui.dojo.answers.displayPath(problem)}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  ui.dojo.lastProblemId = itemKey(problem);
  const document = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preview: false });
  ui.problems.show(problem, vscode.ViewColumn.Beside, true);
  void ui.tree.reveal(itemKey(problem));
  return editor;
}
