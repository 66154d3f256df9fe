// Course packs inside a real VS Code: a pack from the deDojo.coursePaths setting, and every
// command addressing its items by "<pack>/<id>" while the built-in course's items and progress
// stay apart (the pack reuses the built-in module id "foundations" on purpose).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../src/vscode/commandIds';
import type { QueryGrade } from '../../../src/core/grading/types';
import { api, setEditorText, waitFor, webviewTab } from './util';

// The suite is bundled to out/integration/suite/: the fixture is in the repository's test/fixtures.
const FIXTURE = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'packs', 'shop-pack');
const KEY = 'shop-pack/big-orders';
const CORRECT = 'SELECT order_id, customer, amount FROM orders WHERE amount >= 100;\n';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need VS Code opened on a folder');
  return folder.uri.fsPath;
}

describe('Course packs in VS Code', () => {
  before(async () => {
    assert.ok(fs.existsSync(path.join(FIXTURE, 'course.yaml')), `the fixture pack is at ${FIXTURE}`);
    await vscode.workspace.getConfiguration('deDojo').update('showNotifications', false, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('deDojo').update('coursePaths', [FIXTURE], vscode.ConfigurationTarget.Global);
    const a = await api();
    a.catalog(); // loads the course, which starts the search for packs
    await waitFor('the pack from deDojo.coursePaths', () => a.packs().find((p) => p.id === 'shop-pack' && p.state === 'ok'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('deDojo').update('coursePaths', undefined, vscode.ConfigurationTarget.Global);
  });

  it('opens a pack problem: its answer file under de-dojo/<pack>/<module>/, from the starter', async () => {
    const editor = (await vscode.commands.executeCommand(COMMANDS.openProblem.id, KEY)) as vscode.TextEditor | undefined;
    assert.ok(editor, 'an editor opened');
    const expected = path.join(workspaceRoot(), 'de-dojo', 'shop-pack', 'foundations', 'big-orders.sql');
    assert.equal(editor.document.uri.fsPath, expected);
    assert.equal(fs.readFileSync(expected, 'utf8'), fs.readFileSync(path.join(FIXTURE, 'modules', 'foundations', 'problems', 'big-orders', 'starter.sql'), 'utf8'));
    await waitFor('the problem panel', () => webviewTab('Big orders'));
  });

  it('runs, hints and checks a pack problem; progress goes under the pack key only', async () => {
    const a = await api();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith(path.join('shop-pack', 'foundations', 'big-orders.sql')));
    assert.ok(editor, 'the answer editor is visible');
    await setEditorText(editor, CORRECT);
    assert.deepEqual(await vscode.commands.executeCommand(COMMANDS.runQuery.id, KEY), { ok: true });
    await vscode.commands.executeCommand(COMMANDS.showHint.id, KEY);
    await waitFor('the hint recorded under the pack key', () => a.progress().problems[KEY]?.hintsUsed === 1);
    const grade = (await vscode.commands.executeCommand(COMMANDS.checkAnswer.id, KEY)) as QueryGrade;
    assert.equal(grade.status, 'correct');
    await waitFor('the pack problem solved', () => a.progress().problems[KEY]?.solved);
    assert.equal(a.progress().problems['big-orders'], undefined, 'no bare-id record');
    // Solved, so the solution shows without asking; noted under the pack key.
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showSolution.id, KEY), true);
    await waitFor('the solution noted under the pack key', () => a.progress().problems[KEY]?.solutionViewed);
  });

  it('opens a pack lesson and quiz by key, and Continue goes on inside the pack', async () => {
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openLesson.id, 'shop-pack/reading-orders'), true);
    await waitFor('the pack lesson panel', () => webviewTab('Reading the orders table'));
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openQuiz.id, 'shop-pack/shop-check'), true);
    await waitFor('the pack quiz panel', () => webviewTab('Concept check: big orders'));
    // The lesson is not read and the quiz not passed: the first unfinished item of the pack.
    assert.equal(await vscode.commands.executeCommand(COMMANDS.continue.id, 'shop-pack'), 'shop-pack/reading-orders');
    await vscode.commands.executeCommand(COMMANDS.markLessonRead.id, 'shop-pack/reading-orders');
    const a = await api();
    await waitFor('the pack lesson read', () => a.progress().lessons['shop-pack/reading-orders']);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.continue.id, 'shop-pack'), 'shop-pack/shop-check');
    // Without an argument Continue goes on in the course worked on last (the pack's problem)...
    await vscode.commands.executeCommand(COMMANDS.openProblem.id, KEY);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.continue.id), 'shop-pack/shop-check');
    // ...and the status bar's Continue (the built-in course node's) stays in the built-in course.
    const builtinNext = (await vscode.commands.executeCommand(COMMANDS.continue.id, { type: 'course' })) as string;
    assert.ok(builtinNext && !builtinNext.includes('/'), `a built-in item (${builtinNext})`);
  });

  it('refuses a key of a pack that does not exist', async () => {
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openProblem.id, 'no-such-pack/big-orders'), undefined);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openQuiz.id, 'no-such-pack/shop-check'), false);
  });
});
