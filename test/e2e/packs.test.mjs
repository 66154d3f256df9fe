// End-to-end: a course pack in the real workbench (code-server + Chromium, like learner.test.mjs).
// The workspace folder holds a copy of test/fixtures/packs/shop-pack. The Topics tree shows the
// pack beside the built-in course; a learner solves the pack's problem (Check → Correct, the answer
// in de-dojo/shop-pack/<module>/<id>.sql); an author breaks the pack's quiz YAML, saves, and sees
// the finding at its line in the Problems panel; fixing it and saving clears it. Screenshots go to
// test/e2e/artifacts/packs/<nn>-<step>.png. DE_DOJO_E2E_INSTALL=copy installs the dev build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { driver } from './driver.mjs';
import * as wb from './workbench.mjs';

const TIME_BOX_MS = Number(process.env.DE_DOJO_E2E_TIMEOUT_MS || 5 * 60_000);
setTimeout(() => {
  console.error(`e2e (packs): time box of ${TIME_BOX_MS} ms exceeded, stopping`);
  process.exit(1);
}, TIME_BOX_MS).unref();

const FIXTURE = path.join(wb.repoRoot, 'test', 'fixtures', 'packs', 'shop-pack');
const PACK_ID = 'shop-pack';
const PACK_TITLE = 'Shop Analytics';
const MODULE_ID = 'foundations'; // the same id as a built-in module, on purpose
const MODULE_TITLE = 'Shop Basics';
const PROBLEM_ID = 'big-orders';
const PROBLEM_TITLE = 'Big orders';
const LESSON_TITLE = 'Reading the orders table';
const QUIZ_TITLE = 'Concept check: big orders';
const QUIZ_REL = `modules/${MODULE_ID}/quizzes/shop-check.yaml`;
const CORRECT = `-- Big orders: 100 euros or more.
SELECT order_id, customer, amount
FROM orders
WHERE amount BETWEEN 100 AND 1e12;
`;

const artifacts = path.join(wb.artifactsDir, 'packs');
fs.mkdirSync(artifacts, { recursive: true });
for (const f of fs.readdirSync(artifacts)) if (/\.(png|log)$/.test(f)) fs.rmSync(path.join(artifacts, f));

let workbench, page, workspace;
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

// ---- workbench helpers (the same moves as learner.test.mjs) ---------------------------------------

// The palette, quick picks and webviews, driven as in every e2e file (driver.mjs).
const runCommand = (title) => driver(page).runCommand(title);
const pickQuickItem = (label) => driver(page).pickQuickItem(label);
const webviewWith = (selector, options) => driver(page).webviewWith(selector, options);




const treeItem = (name) => page.locator('.sidebar [role="treeitem"]').filter({ has: page.locator(`.monaco-icon-label[aria-label=${JSON.stringify(name)}]`) });
const editorFor = (suffix) => page.locator(`.editor-instance .monaco-editor[data-uri$=${JSON.stringify(suffix)}]`).first();
const answerFile = () => path.join(workspace, 'de-dojo', PACK_ID, MODULE_ID, `${PROBLEM_ID}.sql`);
const quizFile = () => path.join(workspace, PACK_ID, ...QUIZ_REL.split('/'));

async function expand(name) {
  const row = treeItem(name);
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await wb.waitFor(`"${name}" to expand`, async () => (await row.getAttribute('aria-expanded')) === 'true');
}

/** Goes to a line of the active editor (Ctrl+G), to its end. */
async function gotoLineEnd(line) {
  await page.keyboard.press('ControlOrMeta+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/** The Problems panel's rows for findings (the pack's short lesson keeps an authoring-bar warning, `strict: false`). */
const markers = () => page.locator('.markers-panel [role="treeitem"]').filter({ hasText: /\[Ln \d+, Col \d+\]/ });
/** The rows of the finding the author causes in the quiz YAML (an unknown question type). */
const quizMarkers = () => markers().filter({ hasText: /expected one of "single"/ });
/** The Problems panel's file rows naming a file. */
const fileRows = (name) => page.locator('.markers-panel [role="treeitem"]').filter({ hasText: name });

// ---- the run ------------------------------------------------------------------------------------

describe('A course pack in a real VS Code workbench (code-server)', { timeout: TIME_BOX_MS }, () => {
  before(async () => {
    workbench = await wb.launchWorkbench({
      prefix: 'de-dojo-e2e-packs-',
      prepareWorkspace: (dir) => fs.cpSync(FIXTURE, path.join(dir, PACK_ID), { recursive: true }),
      // Typing in the YAML must land as typed.
      settings: { 'editor.autoClosingQuotes': 'never', 'editor.autoIndent': 'none' },
      logFile: path.join(artifacts, 'code-server.log'),
    });
    ({ page, workspace } = workbench);
  });

  after(() => workbench?.close());

  step('pack-in-tree', async () => {
    await page.locator('.activitybar a[aria-label^="DE Dojo"]').first().click();
    // The built-in course and the pack, each a top-level node of its own.
    await treeItem(PACK_TITLE).waitFor({ state: 'visible', timeout: 30_000 });
    const top = (await page.locator('.sidebar [role="treeitem"][aria-level="1"] .label-name').allTextContents()).map((s) => s.trim());
    // Under the built-in course's "Start here" row: the built-in course first, then the pack.
    assert.match(top[0], /^(Start here|Continue): /);
    assert.deepEqual(top.slice(1), ['DE Dojo', PACK_TITLE], 'the built-in course first, then the pack');
    assert.match((await treeItem(PACK_TITLE).getAttribute('aria-label')) ?? '', /course pack, 0 of 3 done/);
    await expand(MODULE_TITLE);
    await treeItem(PROBLEM_TITLE).waitFor({ state: 'visible' });
  });

  // A pack lesson: its image comes from the pack's folder, and its links open the pack's items
  // (the pack's module and ids repeat the built-in course's; the link must not go there).
  step('pack-lesson', async () => {
    await treeItem(LESSON_TITLE).click();
    const doc = await webviewWith('#lesson-title');
    await wb.waitFor(`the lesson title "${LESSON_TITLE}"`, async () => (await doc.locator('#lesson-title').textContent())?.trim() === LESSON_TITLE);
    const img = doc.locator('#lesson-body img').first();
    await img.waitFor({ state: 'visible', timeout: 15_000 });
    await wb.waitFor('the lesson image to load from the pack', async () => (await img.evaluate((i) => i.complete && i.naturalWidth)) > 0, { timeout: 15_000 });
    await screenshot('02a-pack-lesson-image');
    await doc.locator('#lesson-body a', { hasText: PROBLEM_TITLE }).first().click();
    const problemDoc = await webviewWith('#problem-title');
    await wb.waitFor(`the linked problem "${PROBLEM_TITLE}"`, async () => (await problemDoc.locator('#problem-title').textContent())?.trim() === PROBLEM_TITLE);
  });

  // "Open Problem..." lists the pack's problems beside the built-in ones, each row naming its pack.
  step('pack-in-quick-pick', async () => {
    await runCommand('DE Dojo: Open Problem...');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(PROBLEM_ID);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: `${PACK_TITLE} · ${MODULE_TITLE}` }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot('03a-pack-in-quick-pick');
    await pickQuickItem(PROBLEM_TITLE);
    const doc = await webviewWith('#problem-title');
    await wb.waitFor(`the problem title "${PROBLEM_TITLE}"`, async () => (await doc.locator('#problem-title').textContent())?.trim() === PROBLEM_TITLE);
  });

  step('pack-problem-correct', async () => {
    // Reading the pack's lesson may already have counted: the solve must add one to whatever it is.
    const doneBefore = Number(/(\d+) of 3 done/.exec((await treeItem(PACK_TITLE).getAttribute('aria-label')) ?? '')?.[1]);
    assert.ok(Number.isInteger(doneBefore), 'the pack node counts its items');
    await treeItem(PROBLEM_TITLE).click();
    const doc = await webviewWith('#problem-title');
    await wb.waitFor(`the problem title "${PROBLEM_TITLE}"`, async () => (await doc.locator('#problem-title').textContent())?.trim() === PROBLEM_TITLE);
    // The answer file sits under the pack's own folder of de-dojo/.
    const editor = editorFor(`/de-dojo/${PACK_ID}/${MODULE_ID}/${PROBLEM_ID}.sql`);
    await editor.waitFor({ state: 'visible' });
    assert.ok(fs.existsSync(answerFile()), `the answer file ${answerFile()} exists`);
    await editor.locator('.view-lines').click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), CORRECT);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await page.keyboard.press('ControlOrMeta+S');
    await wb.waitFor('the answer file to hold the pasted text', () => fs.readFileSync(answerFile(), 'utf8') === CORRECT, { timeout: 10_000 });
    await runCommand('DE Dojo: Check Answer');
    const graded = await webviewWith('#grade-status');
    await graded.locator('#busy').waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal((await graded.locator('#grade-status').textContent())?.trim(), 'Correct');
    // Progress is the pack's: its problem is solved, its node counts it.
    await wb.waitFor('the tree to mark the pack problem solved', async () => /solved/i.test((await treeItem(PROBLEM_TITLE).getAttribute('aria-label')) ?? ''));
    await wb.waitFor('the pack node to count it', async () => new RegExp(`${doneBefore + 1} of 3 done`).test((await treeItem(PACK_TITLE).getAttribute('aria-label')) ?? ''));
  });

  let brokenLine;

  step('author-breaks-quiz', async () => {
    await runCommand('Notifications: Clear All Notifications');
    await page.keyboard.press('ControlOrMeta+P');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill('shop-check.yaml');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'shop-check.yaml' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Enter');
    const editor = editorFor('/quizzes/shop-check.yaml');
    await editor.waitFor({ state: 'visible' });
    // "type: single" becomes "type: singel", a type the schema does not know.
    brokenLine = fs.readFileSync(quizFile(), 'utf8').split('\n').findIndex((l) => l.trim() === 'type: single') + 1;
    await editor.locator('.view-lines').click();
    await gotoLineEnd(brokenLine);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('el');
    await page.keyboard.press('ControlOrMeta+S');
    await wb.waitFor('the quiz file to be saved broken', () => fs.readFileSync(quizFile(), 'utf8').includes('type: singel'), { timeout: 10_000 });
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const marker = quizMarkers().first();
    await marker.waitFor({ state: 'visible', timeout: 30_000 });
    await wb.waitFor(`the finding at line ${brokenLine}`, async () => (await marker.textContent())?.includes(`[Ln ${brokenLine},`), { timeout: 10_000 });
    // The file is named in the Problems panel, and the editor underlines the line.
    await fileRows('shop-check.yaml').first().waitFor({ state: 'visible' });
    await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 15_000 });
    // The tree follows the pack as it loads now: the broken quiz is gone from its module.
    await wb.waitFor('the module to count 2 items', async () => /\d+ of 2 done/.test((await treeItem(MODULE_TITLE).getAttribute('aria-label')) ?? ''), { timeout: 10_000 });
    assert.equal(await treeItem(QUIZ_TITLE).count(), 0, 'the broken quiz is not in the tree');
  });

  step('author-fixes-quiz', async () => {
    const editor = editorFor('/quizzes/shop-check.yaml');
    await editor.locator('.view-lines').click();
    await gotoLineEnd(brokenLine);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('le');
    await page.keyboard.press('ControlOrMeta+S');
    await wb.waitFor('the quiz file to be saved fixed', () => fs.readFileSync(quizFile(), 'utf8').includes('type: single\n'), { timeout: 10_000 });
    await wb.waitFor('the quiz finding to clear', async () => (await quizMarkers().count()) === 0 && (await fileRows('shop-check.yaml').count()) === 0, { timeout: 30_000 });
    // What stays is the lesson's authoring-bar warning (DD350), a warning because the pack says `strict: false`.
    await wb.waitFor('only the bar warning left', async () => {
      const rows = (await markers().allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      return rows.length === 1 && /DD350/.test(rows[0]) ? rows : false;
    }, { timeout: 15_000 });
    // The quiz is back in the pack's tree.
    await treeItem(QUIZ_TITLE).waitFor({ state: 'visible', timeout: 15_000 });
    await wb.waitFor('the module to count 3 items again', async () => /\d+ of 3 done/.test((await treeItem(MODULE_TITLE).getAttribute('aria-label')) ?? ''), { timeout: 10_000 });
  });

  // A pack whose course.yaml is broken shows as a pack in error, beside a built-in course that
  // works as before; clicking it lists its problems. Fixing it brings the pack back.
  let idLine;

  step('broken-pack-isolated', async () => {
    await page.keyboard.press('ControlOrMeta+P');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`${PACK_ID}/course.yaml`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'course.yaml' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Enter');
    const editor = editorFor(`/${PACK_ID}/course.yaml`);
    await editor.waitFor({ state: 'visible' });
    const courseFile = path.join(workspace, PACK_ID, 'course.yaml');
    idLine = fs.readFileSync(courseFile, 'utf8').split('\n').findIndex((l) => l === `id: ${PACK_ID}`) + 1;
    await editor.locator('.view-lines').click();
    await gotoLineEnd(idLine);
    await page.keyboard.type(' v2'); // "shop-pack v2" is not an id
    await page.keyboard.press('ControlOrMeta+S');
    await wb.waitFor('course.yaml to be saved broken', () => fs.readFileSync(courseFile, 'utf8').includes(`id: ${PACK_ID} v2`), { timeout: 10_000 });
    const packRow = treeItem(PACK_TITLE);
    await wb.waitFor('the pack node to show its error', async () => /cannot be loaded/.test((await packRow.getAttribute('aria-label')) ?? ''), { timeout: 15_000 });
    // The built-in course is untouched: its node and modules are there as before.
    assert.match((await treeItem('DE Dojo').getAttribute('aria-label')) ?? '', /built-in course, \d+ of \d+ done/);
    await treeItem('Foundations').waitFor({ state: 'visible' });
    // The error node opens the pack's problems, each with its file and line.
    await packRow.click();
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: `course.yaml:${idLine}` }).first().waitFor({ state: 'visible', timeout: 10_000 });
  });

  step('broken-pack-fixed', async () => {
    await page.keyboard.press('Escape');
    const editor = editorFor(`/${PACK_ID}/course.yaml`);
    await editor.locator('.view-lines').click();
    await gotoLineEnd(idLine);
    for (let k = 0; k < 3; k++) await page.keyboard.press('Backspace');
    await page.keyboard.press('ControlOrMeta+S');
    await wb.waitFor('the pack to load again', async () => /course pack, \d+ of 3 done/.test((await treeItem(PACK_TITLE).getAttribute('aria-label')) ?? ''), { timeout: 15_000 });
    await wb.waitFor('the course.yaml finding to clear', async () => (await fileRows('course.yaml').count()) === 0 && (await markers().filter({ hasText: /DD115|DD102|an id is/ }).count()) === 0, { timeout: 30_000 });
  });

  // A pack problem's panel comes back after a window reload, showing the pack's problem (its
  // saved key names the pack, and the packs are found before it is restored).
  step('pack-panel-restored', async () => {
    await runCommand('View: Hide Panel');
    await expand(MODULE_TITLE);
    await treeItem(PROBLEM_TITLE).click();
    await webviewWith('#problem-title');
    await runCommand('Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const doc = await webviewWith('#problem-title', { timeout: 60_000 });
    await wb.waitFor(`the restored panel to show "${PROBLEM_TITLE}"`, async () => (await doc.locator('#problem-title').textContent())?.trim() === PROBLEM_TITLE);
    // Its state is the pack's: solved earlier in this run.
    await wb.waitFor('the restored panel to show the pack progress', async () => /solved/i.test((await doc.locator('body').innerText()).slice(0, 400)), { timeout: 15_000 });
  });
});
