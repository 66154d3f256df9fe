// Concept checks inside a real VS Code: "DE Dojo: Open Quiz..." with an id, the quiz panel it
// opens, and opening the same quiz again (from the tree's command) revealing that panel.
import * as assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../src/vscode/commandIds';
import { api, waitFor, webviewTab } from './util';

const tabsTitled = (title: string) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label === title);

describe('Concept checks in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Open Quiz opens the quiz in a panel titled with the quiz', async () => {
    const a = await api();
    const quiz = a.catalog().course.modules.flatMap((m) => m.items).find((i) => i.kind === 'quiz');
    assert.ok(quiz, 'the course has a quiz');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openQuiz.id, quiz.id), true);
    await waitFor(`a tab titled "${quiz.title}"`, () => webviewTab(quiz.title));
  });

  it('opening the same quiz from the tree reveals its panel instead of a second one', async () => {
    const a = await api();
    const quiz = a.catalog().course.modules.flatMap((m) => m.items).find((i) => i.kind === 'quiz')!;
    await vscode.commands.executeCommand(COMMANDS.openItem.id, { kind: 'quiz', id: quiz.id });
    await waitFor(`a tab titled "${quiz.title}"`, () => webviewTab(quiz.title));
    assert.equal(tabsTitled(quiz.title).length, 1);
  });

  it('an unknown quiz id is refused', async () => {
    assert.equal(await vscode.commands.executeCommand(COMMANDS.openQuiz.id, 'no-such-quiz'), false);
  });
});
