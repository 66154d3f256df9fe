// End-to-end, issue 9 (the host half of "the learner's flow"): a brand-new learner in a real
// workbench, light then dark. The tree says where to start; the walkthrough ticks what was done
// (also when the sidebar was already open, also after a reload); a lesson counts as read at its
// end, has one Next (next unfinished) and Back after an in-lesson link; a Check beside its panel
// raises no toast; one problem panel is reused unless pinned; expansion and progress survive a
// reload, and progress written to `de-dojo/progress.json` by another machine is picked up; the
// `deDojo.answerFolder` setting moves new answers. Screenshots: test/e2e/artifacts/flow/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as wb from './workbench.mjs';
import { driver } from './driver.mjs';
import { moduleItems } from './content.mjs';

const TIME_BOX_MS = Number(process.env.DE_DOJO_E2E_TIMEOUT_MS || 6 * 60_000);
setTimeout(() => {
  console.error(`e2e (learner flow): time box of ${TIME_BOX_MS} ms exceeded, stopping`);
  process.exit(1);
}, TIME_BOX_MS).unref();

const artifacts = path.join(wb.artifactsDir, 'flow');
fs.mkdirSync(artifacts, { recursive: true });
for (const f of fs.readdirSync(artifacts)) if (/\.(png|log)$/.test(f)) fs.rmSync(path.join(artifacts, f));

const foundations = moduleItems('foundations');
const sql = moduleItems('sql');
const streaming = moduleItems('streaming');
const firstLesson = foundations.items[0];
const [latest, incremental] = foundations.items.filter((i) => i.kind === 'problem');
const watermarks = streaming.items.find((i) => i.id === 'watermarks');
const sessionize = sql.items.find((i) => i.id === 'sessionize');

const CORRECT = `SELECT c.customer_id, c.email, c.phone, c.updated_at
FROM customer_updates AS c
WHERE NOT EXISTS (
  SELECT 1 FROM customer_updates AS n
  WHERE n.customer_id = c.customer_id
    AND (n.updated_at > c.updated_at OR (n.updated_at = c.updated_at AND n.update_id > c.update_id))
);
`;

let workbench, cs, page, workspace, userDataDir, d;
let stepNo = 0;

async function screenshot(name) {
  if (page) await page.screenshot({ path: path.join(artifacts, `${name}.png`) }).catch(() => {});
}

function step(name, fn) {
  const nn = String(++stepNo).padStart(2, '0');
  it(`${nn} ${name}`, async () => {
    try {
      await fn();
    } catch (e) {
      await screenshot(`${nn}-${name}-FAILED`);
      throw e;
    }
    await screenshot(`${nn}-${name}`);
  });
}

const rowLabels = () => page.locator('.sidebar [role="treeitem"] .label-name').allTextContents();
const ariaOf = async (title) => (await d.treeItem(title).getAttribute('aria-label')) ?? '';
const answerEditor = (id) => page.locator(`.editor-instance .monaco-editor[data-uri$="/${id}.sql"]`).first();

async function paste(id, file, text) {
  const editor = answerEditor(id);
  await editor.waitFor({ state: 'visible' });
  await editor.locator('.view-lines').click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await page.keyboard.press('ControlOrMeta+S');
  await wb.waitFor('the answer file to hold the pasted text', () => fs.readFileSync(file, 'utf8') === text, { timeout: 10_000 });
}

/** A fresh workbench (own user data, own workspace), DE Dojo installed; `seed` writes workspace files first. */
async function startWorkbench(seed = {}) {
  workbench = await wb.launchWorkbench({
    prefix: 'de-dojo-flow-',
    prepareWorkspace: (dir) => {
      for (const [rel, text] of Object.entries(seed)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      }
    },
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
    logFile: path.join(artifacts, `code-server-${stepNo}.log`),
  });
  ({ page, workspace, userDataDir, cs } = workbench);
  d = driver(page);
}

const stopWorkbench = () => workbench?.close();

describe('a new learner, first minutes (issue 9)', { timeout: TIME_BOX_MS }, () => {
  before(() => startWorkbench());
  after(stopWorkbench);

  step('tree-start-here-light', async () => {
    await page.locator('.activitybar a[aria-label^="DE Dojo"]').first().click();
    const first = page.locator('.sidebar [role="treeitem"]').first();
    await wb.waitFor('the first row to say where to start', async () => ((await first.locator('.label-name').textContent()) ?? '').trim() === `Start here: ${firstLesson.title}`);
    // The module of that first item is open, so its lessons and problems are in view.
    await wb.waitFor('the first module to be expanded', async () => (await d.treeItem(foundations.title).getAttribute('aria-expanded')) === 'true');
    // Hovering a problem shows its hover actions (Open, Check) and its full tooltip.
    await d.treeItem(latest.title).hover();
    const actions = await d.treeItem(latest.title).locator('.actions .action-label').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? a.getAttribute('title') ?? ''));
    assert.ok(actions.some((a) => /^Open/.test(a)) && actions.some((a) => /Check Answer/.test(a)), `hover actions Open and Check, got ${JSON.stringify(actions)}`);
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: latest.title }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    const tip = (await hover.innerText()).replace(/\s+/g, ' ');
    assert.match(tip, /Query problem · (easy|medium|hard)/);
    assert.match(tip, /Not started/);
  });

  step('walkthrough-sidebar-step-ticked', async () => {
    await d.runCommand('Welcome: Open Walkthrough...');
    await d.pickQuickItem('Get started with DE Dojo');
    const check = page.locator('[role="checkbox"][data-done-step-id$="deDojo.openSidebar"]').first();
    await check.waitFor({ state: 'attached', timeout: 15_000 });
    // The sidebar was open before the walkthrough: the step is done without switching views.
    await wb.waitFor('step 1 to be ticked', async () => (await check.getAttribute('aria-checked')) === 'true', { timeout: 10_000 });
    const solve = page.locator('[role="checkbox"][data-done-step-id$="deDojo.solveProblem"]').first();
    assert.equal(await solve.getAttribute('aria-checked'), 'false', 'nothing solved yet');
  });

  step('lesson-read-at-its-end', async () => {
    await d.runCommand('View: Close All Editors');
    await page.locator('.sidebar [role="treeitem"]').first().click();
    const doc = await d.webviewWith('#lesson-title');
    await wb.waitFor(`the lesson "${firstLesson.title}"`, async () => (await doc.locator('#lesson-title').textContent())?.trim() === firstLesson.title);
    assert.doesNotMatch(await ariaOf(firstLesson.title), /, read$/);
    // One Next: the prose's own "Next:" line is gone, the button names the next unfinished item.
    const body = (await doc.locator('#lesson-body').innerText()).replace(/\s+/g, ' ');
    assert.doesNotMatch(body, /(^|\. )Next: /);
    assert.equal((await doc.locator('#next-item').textContent())?.trim(), `Next: ${latest.title}`);
    await doc.locator('#next-item').scrollIntoViewIfNeeded();
    await wb.waitFor('the tree to count the lesson read', async () => /, read$/.test(await ariaOf(firstLesson.title)), { timeout: 10_000 });
    // The top row moves on with it.
    await wb.waitFor('Continue to name the next item', async () => (await rowLabels())[0]?.trim() === `Continue: ${latest.title}`);
  });

  step('lesson-link-then-back', async () => {
    const doc = await d.webviewWith('#lesson-title');
    await doc.locator(`#lesson-body a[data-link-kind="lesson"][data-link-id="${watermarks.id}"]`).first().click();
    await wb.waitFor(`the linked lesson "${watermarks.title}"`, async () => (await doc.locator('#lesson-title').textContent())?.trim() === watermarks.title);
    const back = doc.locator('#lesson-back');
    assert.equal((await back.textContent())?.trim(), `← Back to ${firstLesson.title}`);
    await screenshot('04a-lesson-with-back');
    await back.click();
    await wb.waitFor('Back to return to the first lesson', async () => (await doc.locator('#lesson-title').textContent())?.trim() === firstLesson.title);
    assert.equal(await doc.locator('#lesson-back').count(), 0, 'no Back on the lesson the learner started from');
  });

  step('check-beside-panel-no-toast', async () => {
    const lessonDoc = await d.webviewWith('#lesson-title');
    await lessonDoc.locator('#next-item').click();
    const doc = await d.webviewWith('#problem-title');
    await wb.waitFor(`the problem "${latest.title}"`, async () => (await doc.locator('#problem-title').textContent())?.trim() === latest.title);
    const file = path.join(workspace, 'de-dojo', 'foundations', `${latest.id}.sql`);
    await paste(latest.id, file, CORRECT);
    await d.runCommand('Notifications: Clear All Notifications');
    await d.runCommand('DE Dojo: Check Answer');
    await doc.locator('#grade-status').waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal((await doc.locator('#grade-status').textContent())?.trim(), 'Correct');
    await wb.waitFor('the tree to mark it solved', async () => /solved/.test(await ariaOf(latest.title)));
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await page.locator('.notifications-toasts .notification-toast').count(), 0, 'no toast repeats the panel beside it');
    // The panel's Next skips what is done.
    const next = (await doc.locator('body').innerText()).match(/Next: ([^\n]+)/)?.[1]?.trim() ?? '';
    assert.ok(next.startsWith(incremental.title), `Next after the solve is "${incremental.title}", got "${next}"`);
    // Progress is written beside the answers.
    const progressFile = path.join(workspace, 'de-dojo', 'progress.json');
    await wb.waitFor('progress.json to record the solve', () => fs.existsSync(progressFile) && JSON.parse(fs.readFileSync(progressFile, 'utf8')).problems?.[latest.id]?.solved === true, { timeout: 10_000 });
  });

  step('one-problem-panel-reused-pin-keeps-one', async () => {
    await d.runCommand('DE Dojo: Open Problem...');
    await page.locator('.quick-input-widget input.input').fill(incremental.id);
    await d.pickQuickItem(incremental.title);
    await d.webviewWith(`#problem-title:text-is(${JSON.stringify(incremental.title)})`);
    await wb.waitFor('the first problem panel to be reused', async () => (await d.tabs(latest.title).count()) === 0 && (await d.tabs(incremental.title).count()) === 1);
    // Pin it from the panel's title bar, then open another problem: a second panel appears.
    await page.locator('.tabs-container .tab', { hasText: incremental.title }).first().click();
    const pin = page.locator('.editor-actions .action-label[aria-label^="Keep This Problem Open"]').first();
    await pin.waitFor({ state: 'visible', timeout: 10_000 });
    await pin.click();
    await page.locator('.editor-actions .action-label[aria-label^="Stop Keeping This Problem Open"]').first().waitFor({ state: 'visible' });
    await screenshot('06a-problem-panel-pinned');
    await d.runCommand('DE Dojo: Open Problem...');
    await page.locator('.quick-input-widget input.input').fill(latest.id);
    await d.pickQuickItem(latest.title);
    await wb.waitFor('two problem panels: the kept one and a new one', async () => (await d.tabs(latest.title).count()) === 1 && (await d.tabs(incremental.title).count()) === 1);
    await d.webviewWith(`#problem-title:text-is(${JSON.stringify(latest.title)})`);
  });

  step('reload-keeps-expansion-and-reads-progress-file', async () => {
    // Expand SQL, collapse Foundations: the tree must come back this way.
    await d.treeItem(sql.title).click();
    await wb.waitFor('SQL expanded', async () => (await d.treeItem(sql.title).getAttribute('aria-expanded')) === 'true');
    await d.treeItem(foundations.title).locator('.monaco-tl-twistie').click();
    await wb.waitFor('Foundations collapsed', async () => (await d.treeItem(foundations.title).getAttribute('aria-expanded')) === 'false');
    // Another machine solved "sessionize": its progress file says so.
    const file = path.join(workspace, 'de-dojo', 'progress.json');
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    p.problems[sessionize.id] = { attempts: 1, solved: true, solvedAt: '2026-01-01T00:00:00.000Z', hintsUsed: 0, solutionViewed: false };
    fs.writeFileSync(file, JSON.stringify(p));
    await d.runCommand('Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await d.treeItem(sql.title).waitFor({ state: 'visible', timeout: 30_000 });
    await wb.waitFor('SQL still expanded after the reload', async () => (await d.treeItem(sql.title).getAttribute('aria-expanded')) === 'true');
    assert.equal(await d.treeItem(foundations.title).getAttribute('aria-expanded'), 'false');
    await wb.waitFor('the solve from the progress file to show', async () => /solved/.test(await ariaOf(sessionize.title)), { timeout: 15_000 });
    // Both sides merged: the file keeps this machine's solve too.
    const merged = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(merged.problems[latest.id].solved, true);
  });

  step('walkthrough-after-reload-ticks-the-solve', async () => {
    await d.runCommand('Welcome: Open Walkthrough...');
    await d.pickQuickItem('Get started with DE Dojo');
    const solve = page.locator('[role="checkbox"][data-done-step-id$="deDojo.solveProblem"]').first();
    await solve.waitFor({ state: 'attached', timeout: 15_000 });
    await wb.waitFor('step 3 to be ticked from saved progress', async () => (await solve.getAttribute('aria-checked')) === 'true', { timeout: 10_000 });
    await page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).locator('.codicon-close').click();
  });

  step('dark-tree-and-lesson', async () => {
    await d.treeItem(sql.title).click(); // focus out of the walkthrough page, which keeps F1 to itself
    await d.chooseTheme('Dark Modern');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ state: 'attached' });
    await d.treeItem(foundations.title).click();
    await wb.waitFor('Foundations expanded', async () => (await d.treeItem(foundations.title).getAttribute('aria-expanded')) === 'true');
    await d.treeItem(firstLesson.title).click();
    const doc = await d.webviewWith('#lesson-title');
    await doc.locator(`#lesson-body a[data-link-kind="lesson"][data-link-id="${watermarks.id}"]`).first().click();
    await doc.locator('#lesson-back').waitFor({ state: 'visible' });
    await wb.waitFor('the lesson in the dark theme', async () => /\bvscode-dark\b/.test((await doc.locator('body').getAttribute('class')) ?? ''));
    // Hover the read lesson: its book icon, green, not the solved problem's check.
    const icons = await Promise.all([firstLesson.title, latest.title].map((t) => d.treeItem(t).locator('.custom-view-tree-node-item-icon, .codicon').first().getAttribute('class')));
    assert.match(icons[0] ?? '', /codicon-book/);
    assert.match(icons[1] ?? '', /codicon-pass-filled/);
  });

  step('answer-folder-setting', async () => {
    // The learner edits settings.json in the workbench (the file on disk is not watched here).
    await d.treeItem(sql.title).click();
    await d.runCommand('Preferences: Open User Settings (JSON)');
    const editor = page.locator('.editor-instance .monaco-editor[data-uri$="settings.json"]').first();
    await editor.waitFor({ state: 'visible' });
    await editor.locator('.view-lines').click();
    const settings = JSON.parse(fs.readFileSync(path.join(userDataDir, 'User', 'settings.json'), 'utf8'));
    await page.evaluate((t) => navigator.clipboard.writeText(t), JSON.stringify({ ...settings, 'deDojo.answerFolder': 'practice/answers' }, null, 2));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await page.keyboard.press('ControlOrMeta+S');
    await wb.waitFor('settings.json to hold the answer folder', () => /practice\/answers/.test(fs.readFileSync(path.join(userDataDir, 'User', 'settings.json'), 'utf8')), { timeout: 10_000 });
    await d.treeItem(sql.title).click();
    await d.runCommand('DE Dojo: Open Problem...');
    await page.locator('.quick-input-widget input.input').fill(sessionize.id);
    await d.pickQuickItem(sessionize.title);
    const file = path.join(workspace, 'practice', 'answers', 'sql', `${sessionize.id}.sql`);
    await wb.waitFor(`the answer file in the configured folder (${file})`, () => fs.existsSync(file), { timeout: 15_000 });
    await answerEditor(sessionize.id).waitFor({ state: 'visible' });
    // It is recognised as an answer file: the CodeLens Run | Check | Hint shows.
    await answerEditor(sessionize.id).locator('.codelens-decoration', { hasText: 'Check' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    // The progress there starts from this machine's: merged, not lost.
    const progressFile = path.join(workspace, 'practice', 'answers', 'progress.json');
    await wb.waitFor('progress.json in the new folder', () => fs.existsSync(progressFile) && JSON.parse(fs.readFileSync(progressFile, 'utf8')).problems?.[latest.id]?.solved === true, { timeout: 15_000 });
  });
});

// Progress made on another machine (or browser) arrives with the answer folder: a fresh profile
// opens a workspace whose de-dojo/progress.json says a lesson was read and a problem solved. The
// tree shows it, and the walkthrough ticks those steps although they happened "before" this
// workbench's walkthrough existed.
describe('a returning learner on another machine (issue 9)', { timeout: TIME_BOX_MS }, () => {
  const progress = {
    version: 1,
    lessons: { [firstLesson.id]: { readAt: '2026-11-01T10:00:00.000Z' } },
    problems: { [latest.id]: { attempts: 2, solved: true, solvedAt: '2026-11-01T10:20:00.000Z', hintsUsed: 1, solutionViewed: false } },
    quizzes: {},
  };
  before(() => startWorkbench({ 'de-dojo/progress.json': JSON.stringify(progress, null, 2), [`de-dojo/foundations/${latest.id}.sql`]: CORRECT }));
  after(stopWorkbench);

  step('returning-tree-shows-file-progress', async () => {
    await page.locator('.activitybar a[aria-label^="DE Dojo"]').first().click();
    await d.treeItem(foundations.title).waitFor({ state: 'visible', timeout: 30_000 });
    await wb.waitFor('the solve recorded in progress.json', async () => /solved/.test(await ariaOf(latest.title)), { timeout: 15_000 });
    assert.match(await ariaOf(firstLesson.title), /, read$/);
    // The top row and the module's count follow the same progress (a lost refresh is redrawn).
    await wb.waitFor(`the top row to say "Continue: ${incremental.title}"`, async () => (await rowLabels())[0]?.trim() === `Continue: ${incremental.title}`, { timeout: 10_000 });
    await wb.waitFor('the module to count the lesson and the solve', async () => /, 2 of \d+ done$/.test(await ariaOf(foundations.title)), { timeout: 10_000 });
    await page.locator('.statusbar-item', { hasText: /DE Dojo 1\/\d+/ }).first().waitFor({ state: 'visible' });
  });

  step('returning-walkthrough-ticked', async () => {
    await d.runCommand('Welcome: Open Walkthrough...');
    await d.pickQuickItem('Get started with DE Dojo');
    for (const id of ['deDojo.openSidebar', 'deDojo.readLesson', 'deDojo.solveProblem']) {
      const check = page.locator(`[role="checkbox"][data-done-step-id$="${id}"]`).first();
      await check.waitFor({ state: 'attached', timeout: 15_000 });
      await wb.waitFor(`step ${id} to be ticked`, async () => (await check.getAttribute('aria-checked')) === 'true', { timeout: 10_000 });
    }
  });

  // With no folder open, answers go to DE Dojo's own storage, and the learner is offered a folder.
  step('no-folder-offers-open-folder', async () => {
    await page.goto(`${cs.url}/?ew=true`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await wb.waitFor('an empty window', async () => !(await page.title()).includes('workspace'), { timeout: 15_000 });
    await page.locator('.activitybar a[aria-label^="DE Dojo"]').first().click();
    await d.treeItem(foundations.title).waitFor({ state: 'visible', timeout: 30_000 });
    await d.runCommand('DE Dojo: Open Problem...');
    await page.locator('.quick-input-widget input.input').fill(incremental.id);
    await d.pickQuickItem(incremental.title);
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'no folder is open' }).first();
    await toast.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await toast.innerText()).replace(/\s+/g, ' '), /kept in DE Dojo's own storage .*meanwhile/);
    await toast.locator('.monaco-button', { hasText: 'Open Folder...' }).waitFor({ state: 'visible' });
    const stored = path.join(userDataDir, 'User', 'globalStorage', 'de-dojo.de-dojo', 'practice', 'de-dojo', 'foundations', `${incremental.id}.sql`);
    assert.ok(fs.existsSync(stored), `the answer is kept in DE Dojo's storage (${stored})`);
  });
});
