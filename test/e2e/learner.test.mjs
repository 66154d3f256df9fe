// End-to-end: DE Dojo packaged as a VSIX (`npm run package`), installed in a real VS Code workbench
// (code-server 4.100.3 = VS Code 1.100) and driven in Chromium like a learner would: sidebar,
// module, lesson, problem, Check (Correct; Incorrect with a counterexample; Error with a diagnostic
// on the right line), a concept check answered right then wrong, and the dark theme. Every step
// leaves a screenshot in test/e2e/artifacts/<nn>-<step>.png. Run with `npm run test:e2e`
// (scripts/setup-workbench.sh installs code-server and Chromium when missing);
// DE_DOJO_E2E_INSTALL=copy installs the dev build unpacked instead of the VSIX.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as wb from './workbench.mjs';
import { moduleItems, quiz as readQuiz } from './content.mjs';

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
const quizItem = foundations.items.find((i) => i.kind === 'quiz');

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

/** F1, the command's palette title, then the row that is exactly that command. */
async function runCommand(title) {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  const input = widget.locator('input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await pickQuickItem(title);
  // The palette closes, or gives way to the command's own quick pick.
  await wb.waitFor(`the command palette to run "${title}"`, async () => !(await widget.isVisible()) || !(await input.inputValue()).startsWith('>'), { timeout: 10_000 });
}

/** In an open quick pick, moves to the row labelled exactly `label` (fuzzy matches may rank above it) and accepts it. */
async function pickQuickItem(label) {
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  let index;
  try {
    index = await wb.waitFor(`the quick pick to offer "${label}"`, async () => {
      const labels = await rows.evaluateAll((rs) => rs.map((r) => (r.querySelector('.label-name')?.textContent ?? '').replace(/\s+/g, ' ').trim()));
      const i = labels.indexOf(label);
      return i >= 0 ? i + 1 : 0;
    }, { timeout: 15_000 });
  } catch (e) {
    await page.keyboard.press('Escape'); // leave the workbench usable for the next steps
    throw e;
  }
  // Walk the highlight down to it, as a keyboard user would, then Enter.
  const focusedLabel = () => page.locator('.quick-input-widget .monaco-list-row.focused .label-name').first().textContent({ timeout: 500 });
  for (let step = 0; step < index + 5 && ((await focusedLabel()) ?? '').replace(/\s+/g, ' ').trim() !== label; step++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(((await focusedLabel()) ?? '').replace(/\s+/g, ' ').trim(), label, `the quick pick highlights "${label}"`);
  await page.keyboard.press('Enter');
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

function answerEditor(problemId = PROBLEM_ID) {
  return page.locator(`.editor-instance .monaco-editor[data-uri$="/${problemId}.sql"]`).first();
}

const answerFile = (moduleId = MODULE_ID, problemId = PROBLEM_ID) => path.join(workspace, 'de-dojo', moduleId, `${problemId}.sql`);

/** Replaces the answer editor's text the way a learner pastes it: select all, paste, save. */
async function replaceAnswer(text, { moduleId = MODULE_ID, problemId = PROBLEM_ID } = {}) {
  const answerFile = () => path.join(workspace, 'de-dojo', moduleId, `${problemId}.sql`);
  const editor = answerEditor(problemId);
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
 * view), and no notification repeating it while the panel is on screen (issue 9).
 */
async function gradeStatusAfterCheck() {
  await runCommand('Notifications: Clear All Notifications');
  const doc = await checkAnswer();
  // The old verdict is removed while a check runs; wait until the busy note is gone too.
  await doc.locator('#busy').waitFor({ state: 'detached', timeout: 30_000 });
  const status = (await doc.locator('#grade-status').textContent())?.trim();
  await doc.locator('#grade-status').scrollIntoViewIfNeeded();
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(await page.locator('.notifications-toasts .notification-toast').count(), 0, 'no toast beside the panel that shows the verdict');
  return { doc, status };
}

const plain = (t) => String(t ?? '').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Answers the quiz question on screen, found in the quiz file by its prompt: `right` picks every
 * correct option, `wrong` the first incorrect one. Then the feedback must explain the pick.
 */
async function answerQuizQuestion(doc, how, q = readQuiz(MODULE_ID, quizItem.id)) {
  // After "Next question" the new question arrives from the host: wait until it can be answered.
  await doc.getByRole('button', { name: 'Check', exact: true }).waitFor({ state: 'visible' });
  const shown = plain(await doc.locator('body').textContent());
  const question = q.questions.find((x) => shown.includes(plain(x.prompt).slice(0, 60)));
  assert.ok(question, 'the question on screen is one of the quiz file');
  const picks = how === 'right' ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)];
  for (const o of picks) await doc.locator('label', { hasText: plain(o.text) }).first().click();
  await doc.getByRole('button', { name: 'Check', exact: true }).click();
  // The live region says right or wrong and explains the pick (why it is right, or why it is wrong).
  const feedback = doc.locator('[aria-live]');
  const verdict = how === 'right' ? /\bCorrect\b/ : /\bIncorrect\b/;
  const expected = plain(picks[0].explanation).slice(0, 50);
  let text = '';
  await wb.waitFor(`feedback "${verdict.source}" explaining "${expected}…"`, async () => {
    text = plain((await feedback.allInnerTexts()).join(' '));
    return verdict.test(text) && text.includes(expected);
  }, { timeout: 10_000 }).catch((e) => {
    throw new Error(`${e.message}; the live region says: "${text}"`);
  });
  await feedback.last().scrollIntoViewIfNeeded();
}

// ---- the run ------------------------------------------------------------------------------------

describe('DE Dojo in a real VS Code workbench (code-server)', { timeout: TIME_BOX_MS }, () => {
  before(async () => {
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
    if (process.env.DE_DOJO_E2E_INSTALL === 'copy') {
      // Quicker while iterating: the dev build, copied unpacked as an installed VSIX would land.
      execFileSync(process.execPath, [path.join(wb.repoRoot, 'esbuild.js')], { cwd: wb.repoRoot, stdio: 'inherit' });
      wb.installExtensionInto(extensionsDir);
    } else {
      // What users install: the VSIX of `npm run package`, through code-server's installer.
      wb.installVsixInto(entry, wb.packageVsix(tmp), { extensionsDir, userDataDir });
    }
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
    await pickQuickItem(problem.title);
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

  // The diagnostic belongs where the error is: the line holding `WHERE update_id >;`.
  step('error-position', async () => {
    const errorLine = BROKEN.split('\n').findIndex((l) => l.includes('>;')) + 1;
    const marker = page.locator('.markers-panel [role="treeitem"]', { hasText: /syntax error|near/i }).first();
    await wb.waitFor(`the diagnostic at line ${errorLine}`, async () => (await marker.textContent())?.includes(`[Ln ${errorLine},`), { timeout: 5_000 });
  });

  // Issue 5: a concept check answered once right and once wrong, both feedbacks seen.
  step('quiz-right', async () => {
    // Room for the quiz: the Problems panel and the notifications of the previous steps go.
    await runCommand('View: Hide Panel');
    await runCommand('Notifications: Clear All Notifications');
    await treeItem(quizItem.title).click();
    const doc = await webviewWith('#quiz-title');
    await wb.waitFor(`the quiz title "${quizItem.title}"`, async () => (await doc.locator('#quiz-title').textContent())?.trim() === quizItem.title);
    await answerQuizQuestion(doc, 'right');
  });

  step('quiz-wrong', async () => {
    const doc = await webviewWith('#quiz-title');
    await doc.getByRole('button', { name: 'Next question', exact: true }).click();
    await answerQuizQuestion(doc, 'wrong');
  });

  // Webviews follow the theme: switch to Dark Modern and the problem panel turns dark with it.
  step('dark-theme', async () => {
    await runCommand('Preferences: Color Theme');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill('Dark Modern');
    await pickQuickItem('Dark Modern');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ state: 'attached' });
    const doc = await webviewWith('#problem-title');
    await wb.waitFor('the problem panel to take the dark theme', async () => /\bvscode-dark\b/.test((await doc.locator('body').getAttribute('class')) ?? ''));
    // Its text is light on dark, as the theme's colours say (not a fixed palette).
    const [fg, bg] = await doc.locator('body').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    const lum = (c) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    assert.ok(lum(fg) > lum(bg) + 80, `light text on a dark background (color ${fg}, background ${bg})`);
    await doc.locator('#grade-status').scrollIntoViewIfNeeded();
  });

  // ---- Issue 5, continued in the dark theme (quiz work) ----------------------------------------
  // "DE Dojo: Open Quiz..." from the palette: one answer right, one wrong, each feedback seen (the
  // light-theme screenshots are quiz-right / quiz-wrong above). Then the same check embedded in
  // its lesson, finished there: the tree shows it passed at once.
  const streaming = moduleItems('streaming');
  const miniCheck = streaming.items.find((i) => i.id === 'watermarks-mini-check');
  const miniCheckQuiz = readQuiz('streaming', miniCheck.id);
  const watermarksLesson = streaming.items.find((i) => i.id === 'watermarks');

  step('quiz-command-dark-right', async () => {
    await runCommand('DE Dojo: Open Quiz...');
    await page.locator('.quick-input-widget input.input').fill(miniCheck.id);
    await pickQuickItem(miniCheck.title);
    const doc = await webviewWith('#quiz-title');
    await wb.waitFor(`the quiz title "${miniCheck.title}"`, async () => (await doc.locator('#quiz-title').textContent())?.trim() === miniCheck.title);
    await wb.waitFor('the quiz panel in the dark theme', async () => /\bvscode-dark\b/.test((await doc.locator('body').getAttribute('class')) ?? ''));
    await answerQuizQuestion(doc, 'right', miniCheckQuiz);
  });

  step('quiz-command-dark-wrong', async () => {
    const doc = await webviewWith('#quiz-title');
    await doc.getByRole('button', { name: 'Next question', exact: true }).click();
    await answerQuizQuestion(doc, 'wrong', miniCheckQuiz);
    // The wrong pick is named in words on the option itself, not by colour alone.
    await doc.locator('label.is-wrong', { hasText: 'Your answer: incorrect' }).first().waitFor({ state: 'visible' });
  });

  step('embedded-check-dark', async () => {
    await runCommand('DE Dojo: Open Lesson...');
    await page.locator('.quick-input-widget input.input').fill(watermarksLesson.id);
    await pickQuickItem(watermarksLesson.title);
    const doc = await webviewWith('section.embedded-quiz input');
    for (let i = 0; i < miniCheckQuiz.questions.length; i++) {
      await answerQuizQuestion(doc, 'right', miniCheckQuiz);
      await doc.getByRole('button', { name: i + 1 < miniCheckQuiz.questions.length ? 'Next question' : 'See your score', exact: true }).click();
    }
    const summary = doc.locator('section.embedded-quiz .quiz-summary');
    await summary.waitFor({ state: 'visible' });
    assert.match((await summary.innerText()).replace(/\s+/g, ' '), /Passed .*3 of 3 right \(100%\)/);
    await summary.scrollIntoViewIfNeeded();
    // Progress at once: the quiz's row in the Topics tree says it is passed.
    const mod = treeItem(streaming.title);
    if ((await mod.getAttribute('aria-expanded')) !== 'true') await mod.click();
    await wb.waitFor('the tree to mark the check passed', async () => /\bpassed\b/.test((await treeItem(miniCheck.title).getAttribute('aria-label')) ?? ''));
  });
  // ---- a pipeline problem: graded by the state it leaves, replay included (issue 4) -------------
  const pipelineProblem = foundations.items.find((i) => i.id === 'incremental-revenue');
  const NON_IDEMPOTENT = fs.readFileSync(path.join(wb.repoRoot, 'content', 'modules', MODULE_ID, 'problems', pipelineProblem.id, 'wrong', 'add-every-run.sql'), 'utf8');

  step('pipeline-replay-failure', async () => {
    await runCommand('DE Dojo: Open Problem...');
    await page.locator('.quick-input-widget input.input').fill(pipelineProblem.id);
    await pickQuickItem(pipelineProblem.title);
    // The one problem panel now shows this problem (it is reused): wait for its title.
    await webviewWith(`#problem-title:text-is(${JSON.stringify(pipelineProblem.title)})`);
    await answerEditor(pipelineProblem.id).waitFor({ state: 'visible' });
    await replaceAnswer(NON_IDEMPOTENT, { problemId: pipelineProblem.id });
    const { doc: graded, status } = await gradeStatusAfterCheck();
    assert.equal(status, 'Incorrect');
    // The learner is told it is a replay failure, on which batch, and which table changed.
    const text = (await graded.locator('#grade').innerText()).replace(/\s+/g, ' ');
    assert.match(text, /second run on batch-\d+ changed \d+ rows? of restaurant_revenue/);
    await graded.locator('#grade table').first().waitFor({ state: 'visible' });
    await graded.locator('#grade-status').scrollIntoViewIfNeeded();
  });
});
