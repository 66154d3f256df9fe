// DE Dojo inside a real VS Code: activation, commands, the lesson panel, and the problem workflow
// from opening a problem to a solved check.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { PALETTE_COMMANDS, COMMANDS } from '../../../src/vscode/commandIds';
import type { QueryGrade } from '../../../src/core/grading/types';
import { api, setEditorText, waitFor, webviewTab } from './util';

const PROBLEM = 'latest-per-key';

/** The folder the test VS Code was opened on: answer files go there. */
function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need VS Code opened on a folder');
  return folder.uri.fsPath;
}
const CORRECT = `WITH ranked AS (
  SELECT customer_id, email, phone, updated_at,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC, update_id DESC) AS rn
  FROM customer_updates
)
SELECT customer_id, email, phone, updated_at FROM ranked WHERE rn = 1;
`;
const WRONG = 'SELECT customer_id, MAX(email), MAX(phone), MAX(updated_at)\nFROM customer_updates\nGROUP BY customer_id;\n';
const BROKEN = 'SELECT customer_id,\n       emial\nFROM customer_updates;\n';

describe('DE Dojo in VS Code', () => {
  before(async () => {
    await vscode.workspace.getConfiguration('deDojo').update('showNotifications', false, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates without loading the course or starting the grader, within 30 ms', async () => {
    const a = await api();
    assert.equal(a.gradingStarted(), false, 'activation must not start the grading worker');
    assert.ok(a.activationMs <= 30, `activate() took ${a.activationMs.toFixed(1)} ms`);
  });

  it('registers every command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const { id } of Object.values(COMMANDS)) assert.ok(all.has(id), `${id} is not registered`);
    assert.equal(Object.keys(PALETTE_COMMANDS).length >= 8, true);
  });

  it('opens a lesson in a webview panel titled with the lesson', async () => {
    const a = await api();
    const lesson = a.catalog().course.modules.flatMap((m) => m.items).find((i) => i.kind === 'lesson');
    assert.ok(lesson, 'the course has a lesson');
    await vscode.commands.executeCommand(COMMANDS.openLesson.id, lesson.id);
    await waitFor(`a tab titled "${lesson.title}"`, () => webviewTab(lesson.title));
  });

  it('opens a problem: the answer file from the starter, and the problem panel beside it', async () => {
    const a = await api();
    const problem = a.catalog().problem(PROBLEM)!;
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, PROBLEM)) as vscode.TextEditor;
    const expected = path.join(workspaceRoot(), 'de-dojo', problem.moduleId, `${PROBLEM}.sql`);
    assert.equal(fs.realpathSync(editor.document.uri.fsPath), fs.realpathSync(expected));
    assert.equal(editor.document.getText(), a.catalog().problemFiles(PROBLEM).files!.starterSql);
    await waitFor('the problem panel', () => webviewTab(problem.title));
  });

  it('never overwrites an existing answer file', async () => {
    const a = await api();
    const problem = a.catalog().problem(PROBLEM)!;
    const file = path.join(workspaceRoot(), 'de-dojo', problem.moduleId, `${PROBLEM}.sql`);
    const mine = '-- my own work\nSELECT 1;\n';
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(vscode.Uri.file(file), new TextEncoder().encode(mine));
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, PROBLEM)) as vscode.TextEditor;
    // The editor may show a cached copy for a moment; the file itself must keep the learner's text.
    await waitFor('the learner’s text in the editor', () => editor.document.getText() === mine);
    assert.equal(fs.readFileSync(file, 'utf8'), mine);
  });

  it('a SQL error is a diagnostic at the right line, cleared by the next clean run', async () => {
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, PROBLEM)) as vscode.TextEditor;
    await setEditorText(editor, BROKEN);
    const grade = (await vscode.commands.executeCommand(COMMANDS.checkAnswer.id)) as QueryGrade;
    assert.equal(grade.status, 'error');
    const diags = await waitFor('a diagnostic', () => {
      const d = vscode.languages.getDiagnostics(editor.document.uri);
      return d.length ? d : undefined;
    });
    assert.equal(diags[0].range.start.line, 1, 'the error is on line 2 (emial)');
    assert.match(diags[0].message, /no such column: emial/);
    await setEditorText(editor, WRONG);
    await vscode.commands.executeCommand(COMMANDS.runQuery.id);
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(editor.document.uri).length === 0);
  });

  it('a wrong answer is Incorrect and counts as an attempt, not a solve', async () => {
    const a = await api();
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, PROBLEM)) as vscode.TextEditor;
    await setEditorText(editor, WRONG);
    const grade = (await vscode.commands.executeCommand(COMMANDS.checkAnswer.id, PROBLEM)) as QueryGrade;
    assert.equal(grade.status, 'incorrect');
    assert.ok(grade.datasets.some((d) => d.counterexample), 'a counterexample is offered');
    assert.equal(a.progress().problems[PROBLEM]?.solved, false);
    assert.ok((a.progress().problems[PROBLEM]?.attempts ?? 0) >= 1);
  });

  it('checking the right answer (unsaved, from the editor) marks the problem solved', async () => {
    const a = await api();
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, PROBLEM)) as vscode.TextEditor;
    await setEditorText(editor, CORRECT);
    assert.equal(editor.document.isDirty, true);
    const grade = (await vscode.commands.executeCommand(COMMANDS.checkAnswer.id)) as QueryGrade;
    assert.equal(grade.status, 'correct');
    assert.equal(a.lastGrade()?.status, 'correct');
    assert.equal(a.progress().problems[PROBLEM]?.solved, true);
    assert.equal(a.gradingStarted(), true);
    assert.equal(editor.document.isDirty, true, 'checking saves nothing on the learner’s behalf');
  });

  it('a pipeline problem is checked on its scenarios', async () => {
    const a = await api();
    const pipeline = a.catalog().course.modules.flatMap((m) => m.items).find((i) => i.kind === 'problem' && i.meta.kind === 'pipeline');
    assert.ok(pipeline, 'the course has a pipeline problem');
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, pipeline.id)) as vscode.TextEditor;
    await setEditorText(editor, a.catalog().problemFiles(pipeline.id).files!.solutionSql);
    const grade = (await vscode.commands.executeCommand(COMMANDS.checkAnswer.id, pipeline.id)) as { kind: string; status: string };
    assert.equal(grade.kind, 'pipeline');
    assert.equal(grade.status, 'correct');
    assert.equal(a.progress().problems[pipeline.id]?.solved, true);
  });

  it('Continue opens the first unfinished item; marking a lesson read moves it on', async () => {
    const a = await api();
    const items = a.catalog().course.modules.flatMap((m) => m.items);
    const first = (await vscode.commands.executeCommand(COMMANDS.continue.id)) as string;
    const expected = items.find((i) => (i.kind === 'lesson' ? !a.progress().lessons[i.id] : i.kind === 'problem' ? !a.progress().problems[i.id]?.solved : !a.progress().quizzes[i.id]));
    assert.equal(first, expected?.id);
    if (items.find((i) => i.id === first)?.kind === 'lesson') {
      await vscode.commands.executeCommand(COMMANDS.markLessonRead.id, first);
      assert.ok(a.progress().lessons[first]);
      assert.notEqual(await vscode.commands.executeCommand(COMMANDS.continue.id), first);
    }
  });

  it('hints are revealed one at a time', async () => {
    const a = await api();
    const before = a.progress().problems[PROBLEM]?.hintsUsed ?? 0;
    await vscode.commands.executeCommand(COMMANDS.showHint.id, PROBLEM);
    assert.equal(a.progress().problems[PROBLEM]?.hintsUsed, before + 1);
  });
});
