/**
 * The learner's answer files: where they are, creating one from the starter (never overwriting),
 * reading the current text (unsaved edits included), and recognising an answer file from a URI.
 */
import * as vscode from 'vscode';
import { packItemKey } from '../../core/content/packs';
import type { Problem } from '../../core/content/model';
import { checkAnswerText } from '../../core/grading/policy';
import { answerRelPath, backupRelPath, parseAnswerPath } from './answerPaths';

export interface AnswerText {
  text?: string;
  /** Why the file cannot be graded (too big, not UTF-8, missing...). */
  problem?: string;
  document?: vscode.TextDocument;
}

export class AnswerFiles {
  constructor(
    private readonly globalStorageUri: vscode.Uri,
    /** A problem by item key (built-in id or "<pack>/<id>"). */
    private readonly problemByKey: (key: string) => Problem | undefined,
  ) {}

  /** The first workspace folder, or the practice folder in global storage when none is open. */
  root(): { uri: vscode.Uri; practice: boolean } {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? { uri: folder.uri, practice: false } : { uri: vscode.Uri.joinPath(this.globalStorageUri, 'practice'), practice: true };
  }

  uriFor(problem: Problem): vscode.Uri {
    return vscode.Uri.joinPath(this.root().uri, ...answerRelPath(problem.moduleId, problem.id, problem.pack).split('/'));
  }

  /** The path as the learner should read it: relative to the folder, or absolute in global storage. */
  displayPath(problem: Problem): string {
    const root = this.root();
    return root.practice ? this.uriFor(problem).fsPath : answerRelPath(problem.moduleId, problem.id, problem.pack);
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

  /** The problem an answer file belongs to, if this URI is one. */
  problemFor(uri: vscode.Uri | undefined): Problem | undefined {
    if (!uri || uri.scheme === 'output' || uri.scheme === 'git') return undefined;
    const parsed = parseAnswerPath(uri.path);
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

  /** Copies the current text to a timestamped backup; returns its URI. */
  async backup(problem: Problem, text: string, at: Date): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(this.root().uri, ...backupRelPath(problem.moduleId, problem.id, at, problem.pack).split('/'));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
