// End-to-end: DE Dojo installed in a real VS Code workbench (code-server 4.100.3 = VS Code 1.100),
// driven in Chromium like a learner would: sidebar, module, lesson, problem, Check (Correct,
// Incorrect with a counterexample, Error with a diagnostic). Every step leaves a screenshot in
// test/e2e/artifacts/<nn>-<step>.png. Run with `npm run test:e2e` (scripts/setup-workbench.sh
// installs code-server and Chromium when missing).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as wb from './workbench.mjs';
import { moduleItems } from './content.mjs';

const TIME_BOX_MS = Number(process.env.DE_DOJO_E2E_TIMEOUT_MS || 5 * 60_000);
// A hung browser or workbench must never hang CI: past the time box the process ends, and the
// 'exit' hook of workbench.mjs kills the code-server it started.
setTimeout(() => {
  console.error(`e2e: time box of ${TIME_BOX_MS} ms exceeded, stopping`);
  process.exit(1);
}, TIME_BOX_MS).unref();

const PROBLEM_ID = 'latest-per-key';
const MODULE_ID = 'foundations';
const foundations = moduleItems(MODULE_ID);
const problem = foundations.items.find((i) => i.id === PROBLEM_ID);
const firstLesson = foundations.items.find((i) => i.kind === 'lesson');

// A correct answer written differently from the reference solution (NOT EXISTS instead of a window).
const CORRECT = `-- Latest update per customer: no newer row (or same time, higher id) exists.
SELECT c.customer_id, c.email, c.phone, c.updated_at
FROM customer_updates AS c
WHERE NOT EXISTS (
  SELECT 1
  FROM customer_updates AS n
  WHERE n.customer_id = c.customer_id
    AND (n.updated_at > c.updated_at
      OR (n.updated_at = c.updated_at AND n.update_id > c.update_id))
);
`;
// RANK() keeps both rows of a customer whose two latest updates share a timestamp.
const WRONG = `SELECT customer_id, email, phone, updated_at
FROM (
  SELECT *, RANK() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS rk
  FROM customer_updates
)
WHERE rk = 1;
`;
const BROKEN = `SELECT customer_id, email, phone, updated_at
FROM customer_updates
WHERE update_id >;
`;

let tmp, cs, browser, page, workspace;
let stepNo = 0;

fs.mkdirSync(wb.artifactsDir, { recursive: true });
for (const f of fs.readdirSync(wb.artifactsDir)) if (/\.(png|log)$/.test(f)) fs.rmSync(path.join(wb.artifactsDir, f));

async function screenshot(name) {
  if (page) await page.screenshot({ path: path.join(wb.artifactsDir, `${name}.png`) }).catch(() => {});
}

/** One learner step: a test whose screenshot is kept, named <nn>-<name>.png (…-FAILED.png on failure). */
function step(name, fn, options = {}) {
  const nn = String(++stepNo).padStart(2, '0');
  it(`${nn} ${name}`, options, async () => {
    try {
      await fn();
    } catch (e) {
      await screenshot(`${nn}-${name}-FAILED`);
      throw e;
    }
    await screenshot(`${nn}-${name}`);
  });
}

// ---- workbench helpers --------------------------------------------------------------------------

/** F1, the command's palette title, Enter — once the highlighted row is that command. */
async function runCommand(title) {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  const input = widget.locator('input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const focused = widget.locator('.monaco-list-row.focused');
  await wb.waitFor(`the command palette to highlight "${title}"`, async () => {
    const label = await focused.locator('.quick-input-list-label .label-name, .monaco-icon-label .label-name').first().textContent({ timeout: 500 });
    return label?.replace(/\s+/g, ' ').trim() === title;
  });
  await page.keyboard.press('Enter');
  // The palette closes, or gives way to the command's own quick pick.
  await wb.waitFor(`the command palette to run "${title}"`, async () => !(await widget.isVisible()) || !(await input.inputValue()).startsWith('>'), { timeout: 10_000 });
}

/**
 * The document of the webview that contains `selector` (webviews live two iframes deep; with
 * several open, the one holding the selector wins).
 */
async function webviewWith(selector, { timeout = 30_000 } = {}) {
  return wb.waitFor(
    `a webview showing ${selector}`,
    async () => {
      const outer = page.locator('iframe.webview.ready');
      const n = await outer.count();
      for (let i = 0; i < n; i++) {
        const doc = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('iframe#active-frame');
        if ((await doc.locator(selector).count()) > 0 && (await doc.locator(selector).first().isVisible())) return doc;
      }
      return null;
    },
    { timeout },
  );
}

/** A row of the Topics tree, by its label (the title of a module, lesson, problem or quiz). */
const treeItem = (name) =>
  page.locator('.sidebar [role="treeitem"]').filter({ has: page.locator(`.monaco-icon-label[aria-label=${JSON.stringify(name)}]`) });

function answerEditor() {
  return page.locator(`.editor-instance .monaco-editor[data-uri$="/${PROBLEM_ID}.sql"]`).first();
}

const answerFile = () => path.join(workspace, 'de-dojo', MODULE_ID, `${PROBLEM_ID}.sql`);

/** Replaces the answer editor's text the way a learner pastes it: select all, paste, save. */
async function replaceAnswer(text) {
  const editor = answerEditor();
  await editor.waitFor({ state: 'visible' });
  await editor.locator('.view-lines').click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await page.keyboard.press('ControlOrMeta+S');
  // What reached the file is exactly what was pasted (no auto-closed brackets, no auto-indent).
  await wb.waitFor('the answer file to hold the pasted text', () => fs.readFileSync(answerFile(), 'utf8') === text, { timeout: 10_000 });
}

/** Check Answer from the palette; returns the problem panel's document once a verdict shows. */
async function checkAnswer() {
  await runCommand('DE Dojo: Check Answer');
  const doc = await webviewWith('#problem-title');
  const status = doc.locator('#grade-status');
  await status.waitFor({ state: 'visible', timeout: 30_000 });
  return doc;
}

/**
 * Check Answer, then what the learner sees: the verdict heading of the problem panel (scrolled into
 * view) and the short notification, which must agree with it.
 */
async function gradeStatusAfterCheck() {
  await runCommand('Notifications: Clear All Notifications');
  const doc = await checkAnswer();
  // The old verdict is removed while a check runs; wait until the busy note is gone too.
  await doc.locator('#busy').waitFor({ state: 'detached', timeout: 30_000 });
  const status = (await doc.locator('#grade-status').textContent())?.trim();
  await doc.locator('#grade-status').scrollIntoViewIfNeeded();
  const toast = page.locator('.notifications-toasts .notification-toast').first();
  await toast.waitFor({ state: 'visible', timeout: 15_000 });
  const toastText = (await toast.locator('.notification-list-item-message').textContent())?.trim() ?? '';
  assert.ok(toastText.startsWith(`${status}`), `the notification "${toastText}" agrees with the verdict "${status}"`);
  return { doc, status };
}

// ---- the run ------------------------------------------------------------------------------------

describe('DE Dojo in a real VS Code workbench (code-server)', { timeout: TIME_BOX_MS }, () => {
  before(async () => {
    execFileSync(process.execPath, [path.join(wb.repoRoot, 'esbuild.js')], { cwd: wb.repoRoot, stdio: 'inherit' });
    const entry = wb.codeServerEntry();
    tmp = wb.tempDir('de-dojo-e2e-');
    const extensionsDir = path.join(tmp, 'extensions');
    const userDataDir = path.join(tmp, 'user-data');
    workspace = path.join(tmp, 'workspace');
    for (const d of [extensionsDir, path.join(userDataDir, 'User'), workspace]) fs.mkdirSync(d, { recursive: true });
    // A quiet first start: no welcome page, tips or recommendations over the screenshots.
    fs.writeFileSync(
      path.join(userDataDir, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'extensions.ignoreRecommendations': true,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
        },
        null,
        2,
      ),
    );
    wb.installExtensionInto(extensionsDir);
    cs = await wb.startCodeServer({ entry, userDataDir, extensionsDir, folder: workspace, logFile: path.join(wb.artifactsDir, 'code-server.log') });
    browser = await wb.launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: cs.url });
    page = await context.newPage();
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await cs?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  step('workbench', async () => {
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ state: 'visible' });
  });

  step('extension-installed', async () => {
    await runCommand('View: Show Extensions');
    const viewlet = page.locator('.extensions-viewlet');
    await viewlet.locator('.suggest-input-container').first().waitFor({ state: 'visible' });
    await page.keyboard.type('@installed DE Dojo');
    // The search results (not the default lists it replaces) show DE Dojo once loading is over.
    const row = viewlet.locator('.extension-list-item').filter({ has: page.locator('.name', { hasText: /^DE Dojo$/ }) });
    await wb.waitFor('DE Dojo in the installed extensions', async () => {
      const loading = await viewlet.locator('.monaco-progress-container.active, .monaco-progress-container.infinite').count();
      const headers = await viewlet.locator('.pane-header[aria-label]').evaluateAll((hs) => hs.filter((h) => h.offsetParent).length);
      return loading === 0 && headers <= 1 && (await row.count()) === 1 && (await row.isVisible());
    });
  });

  step('sidebar', async () => {
    await page.locator('.activitybar a[aria-label^="DE Dojo"]').first().click();
    await page.locator('.sidebar .composite.title', { hasText: /Topics/i }).waitFor({ state: 'visible' });
    await treeItem(foundations.title).waitFor({ state: 'visible', timeout: 30_000 });
  });

  step('module-expanded', async () => {
    const mod = treeItem(foundations.title);
    if ((await mod.getAttribute('aria-expanded')) !== 'true') await mod.click();
    await wb.waitFor('the module to expand', async () => (await mod.getAttribute('aria-expanded')) === 'true');
    // Its lessons, problems and quizzes, in course order, right under it.
    const expected = foundations.items.map((i) => i.title);
    await wb.waitFor(`the items ${JSON.stringify(expected)} in order`, async () => {
      const labels = await page.locator('.sidebar [role="treeitem"][aria-level="2"] .label-name').allTextContents();
      const got = labels.map((l) => l.trim()).filter((l) => expected.includes(l));
      return JSON.stringify(got) === JSON.stringify(expected);
    });
  });

  step('lesson', async () => {
    await treeItem(firstLesson.title).click();
    const doc = await webviewWith('#lesson-title');
    await wb.waitFor(`the lesson title "${firstLesson.title}"`, async () => (await doc.locator('#lesson-title').textContent())?.trim() === firstLesson.title);
    await doc.locator('#lesson-body').waitFor({ state: 'visible' });
  });

  step('problem-opened', async () => {
    await runCommand('DE Dojo: Open Problem...');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(PROBLEM_ID);
    await wb.waitFor(`the quick pick to offer "${problem.title}"`, async () =>
      ((await page.locator('.quick-input-widget .monaco-list-row.focused .label-name').first().textContent({ timeout: 500 })) ?? '').trim() === problem.title,
    );
    await page.keyboard.press('Enter');
    const doc = await webviewWith('#problem-title');
    await wb.waitFor(`the problem title "${problem.title}"`, async () => (await doc.locator('#problem-title').textContent())?.trim() === problem.title);
    await answerEditor().waitFor({ state: 'visible' });
    assert.ok(fs.existsSync(answerFile()), `the answer file ${answerFile()} exists`);
  });

  step('check-correct', async () => {
    await replaceAnswer(CORRECT);
    const { status } = await gradeStatusAfterCheck();
    assert.equal(status, 'Correct');
    // Progress shows at once: the tree marks the problem solved, the status bar counts it.
    await wb.waitFor('the tree to mark the problem solved', async () => /solved/i.test((await treeItem(problem.title).getAttribute('aria-label')) ?? ''));
    await page.locator('.statusbar-item', { hasText: /DE Dojo 1\/\d+/ }).first().waitFor({ state: 'visible' });
  });

  step('check-incorrect', async () => {
    await replaceAnswer(WRONG);
    const { doc, status } = await gradeStatusAfterCheck();
    assert.equal(status, 'Incorrect');
    const cx = doc.locator('#counterexample');
    await cx.waitFor({ state: 'visible' });
    await cx.scrollIntoViewIfNeeded();
    // The counterexample shows the learner's extra row next to the expected one.
    assert.ok((await doc.locator('#counterexample-expected tbody tr').count()) > 0, 'expected rows shown');
    assert.ok((await doc.locator('#counterexample-actual tbody tr').count()) > (await doc.locator('#counterexample-expected tbody tr').count()), 'RANK() returns more rows than expected');
  });

  step('check-error', async () => {
    await replaceAnswer(BROKEN);
    const { doc, status } = await gradeStatusAfterCheck();
    assert.equal(status, 'Error');
    await doc.locator('#grade-headline').waitFor({ state: 'visible' });
    // The SQL error is a diagnostic: squiggle in the answer editor, and listed in Problems.
    await answerEditor().locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 15_000 });
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const marker = page.locator('.markers-panel [role="treeitem"]', { hasText: /syntax error|near/i }).first();
    await marker.waitFor({ state: 'visible', timeout: 15_000 });
    await wb.waitFor('the status bar to count 1 error', async () => /Errors: 1\b/.test((await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? ''));
  });

  // The diagnostic belongs where the error is: line 3 holds `WHERE update_id >;`.
  step(
    'error-position',
    async () => {
      const errorLine = BROKEN.split('\n').findIndex((l) => l.includes('>;')) + 1;
      const marker = page.locator('.markers-panel [role="treeitem"]', { hasText: /syntax error|near/i }).first();
      await wb.waitFor(`the diagnostic at line ${errorLine}`, async () => (await marker.textContent())?.includes(`[Ln ${errorLine},`), { timeout: 5_000 });
    },
    { todo: 'core: locateSqlError puts `near ";": syntax error` at line 1, column 1 (the ";" is outside the statement range it searches)' },
  );
});
