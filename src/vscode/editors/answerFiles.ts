/**
 * The learner's answer files: where they are (the answer folder from `deDojo.answerFolder`),
 * creating one from the starter (never overwriting), reading the current text (unsaved edits
 * included), backups before a reset, and recognising an answer file from a URI.
 */
import * as os from 'node:os';
import * as vscode from 'vscode';
import { packItemKey } from '../../core/content/packs';
import type { Problem } from '../../core/content/model';
import { checkAnswerText } from '../../core/grading/policy';
import { PROGRESS_FILE_NAME } from '../../core/progress/progressFile';
import { answerRelPath, backupRelPath, parseAnswerRelPath, pathInside, readAnswerFolderSetting } from './answerPaths';

export interface AnswerText {
  text?: string;
  /** Why the file cannot be graded (too big, not UTF-8, missing...). */
  problem?: string;
  document?: vscode.TextDocument;
}

export interface AnswerFolder {
  uri: vscode.Uri;
  /** True when no folder is open and the setting is relative: answers go to DE Dojo's own storage. */
  practice: boolean;
  /** How messages name it: relative to the workspace when inside it, else the full path. */
  display: string;
}

export class AnswerFiles {
  constructor(
    private readonly globalStorageUri: vscode.Uri,
    /** A problem by item key (built-in id or "<pack>/<id>"). */
    private readonly problemByKey: (key: string) => Problem | undefined,
    /** The raw `deDojo.answerFolder` setting. */
    private readonly setting: () => unknown,
  ) {}

  /** The answer folder, decided by the setting and the open workspace (read fresh each time). */
  folder(): AnswerFolder {
    const s = readAnswerFolderSetting(this.setting(), os.homedir());
    if (s.kind === 'absolute') {
      const uri = vscode.Uri.file(s.path);
      return { uri, practice: false, display: uri.fsPath };
    }
    const workspace = vscode.workspace.workspaceFolders?.[0];
    if (workspace) return { uri: vscode.Uri.joinPath(workspace.uri, ...s.segments), practice: false, display: s.segments.join('/') };
    const uri = vscode.Uri.joinPath(this.globalStorageUri, 'practice', ...s.segments);
    return { uri, practice: true, display: uri.fsPath };
  }

  uriFor(problem: Problem): vscode.Uri {
    return vscode.Uri.joinPath(this.folder().uri, ...answerRelPath(problem).split('/'));
  }

  /** The progress file that travels with the answers. */
  progressUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.folder().uri, PROGRESS_FILE_NAME);
  }

  /** The path as the learner should read it: relative to the workspace folder, or absolute elsewhere. */
  displayPath(problem: Problem): string {
    const f = this.folder();
    return f.display === f.uri.fsPath ? this.uriFor(problem).fsPath : `${f.display}/${answerRelPath(problem)}`;
  }

  /** Creates the file from the starter if it does not exist yet; an existing file is never touched. */
  async ensure(problem: Problem, starter: string): Promise<{ uri: vscode.Uri; created: boolean }> {
    const uri = this.uriFor(problem);
    if (await exists(uri)) return { uri, created: false };
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    // Checked again right before writing: another window may have created it meanwhile.
    if (await exists(uri)) return { uri, created: false };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starter));
    return { uri, created: true };
  }

  /** The problem an answer file belongs to, if this URI is one (inside the answer folder, `[<pack>/]<module>/<id>.sql`). */
  problemFor(uri: vscode.Uri | undefined): Problem | undefined {
    if (!uri || uri.scheme === 'output' || uri.scheme === 'git') return undefined;
    const folder = this.folder().uri;
    if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return undefined;
    const rel = pathInside(folder.path, uri.path);
    const parsed = rel === undefined ? undefined : parseAnswerRelPath(rel);
    if (!parsed) return undefined;
    const problem = this.problemByKey(packItemKey(parsed.pack, parsed.problemId));
    return problem && problem.moduleId === parsed.moduleId ? problem : undefined;
  }

  openDocument(problem: Problem): vscode.TextDocument | undefined {
    const target = this.uriFor(problem).toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === target);
  }

  /** The text to grade: the open editor's text (unsaved edits included) or the file on disk. */
  async read(problem: Problem): Promise<AnswerText> {
    const document = this.openDocument(problem);
    if (document) {
      const checked = checkAnswerText(new TextEncoder().encode(document.getText()));
      return { ...checked, document };
    }
    const uri = this.uriFor(problem);
    try {
      return checkAnswerText(await vscode.workspace.fs.readFile(uri));
    } catch {
      return { problem: `Your answer file ${this.displayPath(problem)} does not exist yet. Open the problem to create it.` };
    }
  }

  /**
   * Copies these bytes (the file's own, never a re-encoding) to a timestamped backup under a name
   * no earlier backup uses; returns its URI.
   */
  async backup(problem: Problem, bytes: Uint8Array, at: Date): Promise<vscode.Uri> {
    const root = this.folder().uri;
    let uri = vscode.Uri.joinPath(root, ...backupRelPath(problem, at).split('/'));
    for (let n = 2; await exists(uri); n++) uri = vscode.Uri.joinPath(root, ...backupRelPath(problem, at, n).split('/'));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, bytes);
    return uri;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
