/**
 * The authoring loop for course packs: saving a lesson, problem file, quiz or module/course YAML of
 * a pack reloads that pack at once (the tree and any open panel refresh) and, after a short pause
 * for more saves, validates it in the background: structure, links and quizzes on the host, the
 * problems graded through the grading service's worker thread — only those whose files changed
 * since the last validation (memoGrader.ts remembers the rest). Findings go to the Problems panel at
 * their file and line; a later save that fixes them clears them. A pack's findings never touch the
 * built-in course's or another pack's.
 */
import * as vscode from 'vscode';
import { isPackSourceFile, packOfFile, placeFindings } from '../../core/content/packs';
import { DIAGNOSTIC_SOURCE } from '../commandIds';
import type { Dojo } from '../dojo';
import { courseLoader } from '../lazy';
import { memoGrader, type ValidationGrader } from './memoGrader';

/** Long enough to fold a "Save All" or a burst of saves into one validation. */
export const VALIDATE_DEBOUNCE_MS = 400;

export class PackDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('de-dojo-content');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per pack root: the latest validation started, so an older one finishing late is dropped. */
  private readonly runs = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The grading service (its worker thread), remembering grades so a save re-grades only what changed. */
  private readonly grader: ValidationGrader;

  constructor(private readonly dojo: Dojo) {
    this.grader = memoGrader(dojo.grader);
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidSaveTextDocument((d) => void this.saved(d.uri)),
      // Loading findings show as soon as the packs are found; validation findings replace them.
      dojo.packs.onDidChange(() => this.publish()),
    );
  }

  /** Validation runs in progress or waiting (for tests and the log). */
  get pending(): number {
    return this.timers.size + [...this.runs.values()].filter((n) => n > 0).length;
  }

  private async saved(uri: vscode.Uri): Promise<void> {
    if (uri.scheme !== 'file') return;
    if (!this.dojo.isLoaded) {
      this.dojo.catalog(); // finds the packs too
      await this.dojo.packs.start();
    }
    const hit = packOfFile(this.dojo.packs.entries, uri.fsPath);
    if (!hit || !isPackSourceFile(hit.rel)) return;
    // An answer file (or the progress file) in a pack at the workspace root is not authoring.
    const answers = this.dojo.packs.answerFolder();
    if (packOfFile([{ root: answers.fsPath }], uri.fsPath)) return;
    const root = hit.pack.root;
    clearTimeout(this.timers.get(root));
    this.timers.set(
      root,
      setTimeout(() => {
        this.timers.delete(root);
        void this.validate(root);
      }, VALIDATE_DEBOUNCE_MS),
    );
  }

  /** Reloads the pack (the tree and panels follow), then validates it and shows what was found. */
  async validate(root: string): Promise<void> {
    const run = (this.runs.get(root) ?? 0) + 1;
    this.runs.set(root, run);
    const t0 = performance.now();
    this.dojo.packs.reloadPack(root);
    try {
      const findings = await courseLoader().validatePack(root, this.grader);
      if (this.runs.get(root) !== run) return;
      this.dojo.packs.setFindings(root, findings);
      this.dojo.log.info(`validated the course pack in ${root} in ${(performance.now() - t0).toFixed(0)} ms: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`);
    } catch (e) {
      this.dojo.log.error(`validating the course pack in ${root} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (this.runs.get(root) === run) this.runs.set(root, 0);
    }
  }

  /** Every pack's current findings, in the Problems panel (only packs: never the built-in course). */
  private publish(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const pack of this.dojo.packs.entries) {
      for (const f of placeFindings(pack.root, pack.diagnostics)) {
        const d = new vscode.Diagnostic(
          new vscode.Range(f.line, f.column, f.line, Math.max(f.column + 1, END_OF_LINE)),
          f.message,
          f.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = DIAGNOSTIC_SOURCE;
        if (f.code) d.code = f.code;
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), d]);
      }
    }
    this.collection.clear();
    for (const [file, diagnostics] of byFile) this.collection.set(vscode.Uri.file(file), diagnostics);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The editor clamps a range to its line: this underlines from the column to the end of the line. */
const END_OF_LINE = 10_000;
