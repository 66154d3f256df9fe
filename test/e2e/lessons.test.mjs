// End-to-end: every lesson of the course, opened in the real workbench (code-server + Chromium, like
// learner.test.mjs) the way a learner opens it (DE Dojo: Open Lesson...), in Light Modern and Dark
// Modern. Each lesson must render its title and body, with its callouts, tables, code and embedded
// checks meeting WCAG AA contrast in both themes. The whole lesson is photographed screen by screen
// into test/e2e/artifacts/lessons/<theme>/<module>--<lesson>-<nn>.png, so a reviewer can read every
// page as learners see it.
// DE_DOJO_LESSONS=<module>[,<module>…] limits the run to those modules (an author reading their own);
// DE_DOJO_E2E_INSTALL=copy installs the dev build unpacked instead of the VSIX.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { driver } from './driver.mjs';
import * as wb from './workbench.mjs';
import { moduleItems } from './content.mjs';
import { contrastOf } from './contrast.mjs';

const TIME_BOX_MS = Number(process.env.DE_DOJO_E2E_TIMEOUT_MS || 15 * 60_000);
setTimeout(() => {
  console.error(`e2e (lessons): time box of ${TIME_BOX_MS} ms exceeded, stopping`);
  process.exit(1);
}, TIME_BOX_MS).unref();

// The course order (content/course.yaml), optionally narrowed to some modules.
const course = YAML.parse(fs.readFileSync(path.join(wb.repoRoot, 'content', 'course.yaml'), 'utf8'));
const only = (process.env.DE_DOJO_LESSONS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const moduleIds = (course.modules ?? []).map((m) => (typeof m === 'string' ? m : m.id)).filter((id) => only.length === 0 || only.includes(id));
const lessons = moduleIds.flatMap((m) => moduleItems(m).items.filter((i) => i.kind === 'lesson').map((l) => ({ ...l, module: m })));

const themes = [
  ['Light Modern', 'light', /\bvscode-light\b/],
  ['Dark Modern', 'dark', /\bvscode-dark\b/],
];

const artifacts = path.join(wb.artifactsDir, 'lessons');
fs.rmSync(artifacts, { recursive: true, force: true });
for (const [, slug] of themes) fs.mkdirSync(path.join(artifacts, slug), { recursive: true });

let workbench, page;

const d = () => driver(page);

/** Open Lesson... from the palette, filtered by id and accepted by title; asks again if a keystroke lost the pick. */
async function openLesson(lesson) {
  const input = page.locator('.quick-input-widget input.input');
  for (let attempt = 1; ; attempt++) {
    await d().runCommand('DE Dojo: Open Lesson...');
    if (await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) break;
    if (attempt === 2) throw new Error('Open Lesson... showed no quick pick');
  }
  await input.fill(lesson.id);
  await d().pickQuickItem(lesson.title);
}

/** Scrolls the lesson from top to bottom, one screen at a time, photographing each screen. */
async function photographWholeLesson(doc, slug, lesson) {
  const scroller = doc.locator('html');
  const { height, screen } = await scroller.evaluate((el) => ({ height: el.scrollHeight, screen: el.ownerDocument.defaultView.innerHeight }));
  const screens = Math.max(1, Math.ceil(height / Math.max(1, screen - 80)));
  let lastY = -1;
  for (let n = 0; n < screens; n++) {
    const y = await scroller.evaluate((el, to) => {
      const win = el.ownerDocument.defaultView;
      win.scrollTo(0, to);
      return win.scrollY;
    }, n * (screen - 80));
    if (y === lastY) break; // the bottom was already on the last screen
    lastY = y;
    await new Promise((r) => setTimeout(r, 150));
    await page.screenshot({ path: path.join(artifacts, slug, `${lesson.module}--${lesson.id}-${String(n + 1).padStart(2, '0')}.png`) });
  }
  await scroller.evaluate((el) => el.ownerDocument.defaultView.scrollTo(0, 0));
  return screens;
}

describe('Every lesson in a real VS Code workbench, light and dark', { timeout: TIME_BOX_MS }, () => {
  before(async () => {
    assert.ok(lessons.length > 0, `lessons to read (DE_DOJO_LESSONS=${only.join(',') || 'all'})`);
    workbench = await wb.launchWorkbench({ prefix: 'de-dojo-e2e-lessons-', viewport: { width: 1440, height: 900 }, logFile: path.join(artifacts, 'code-server.log') });
    page = workbench.page;
    // The Topics view open, so the extension is active and the lessons sit beside the tree.
    await page.locator('.part.statusbar').waitFor({ state: 'visible' });
    await page.locator('.activitybar a[aria-label^="DE Dojo"]').first().click();
    await page.locator('.sidebar .composite.title', { hasText: /Topics/i }).waitFor({ state: 'visible' });
  });

  after(() => workbench?.close());

  for (const [themeName, slug, bodyClass] of themes) {
    it(`theme ${themeName}`, async () => {
      await d().chooseTheme(themeName);
      await wb.waitFor(`the workbench to take ${themeName}`, async () => {
        const cls = (await page.locator('.monaco-workbench').getAttribute('class')) ?? '';
        return slug === 'light' ? /\bvs\b(?!-dark)/.test(cls) : /\bvs-dark\b/.test(cls);
      });
    });

    for (const lesson of lessons) {
      it(`${slug}: ${lesson.module}/${lesson.id} renders, reads and meets contrast`, async () => {
        try {
          await openLesson(lesson);
          const doc = await d().webviewWith('#lesson-title');
          await wb.waitFor(`"${lesson.title}" in ${themeName}`, async () =>
            bodyClass.test((await doc.locator('body').getAttribute('class')) ?? '') && (await doc.locator('#lesson-title').textContent())?.trim() === lesson.title,
          );
          // The body is rendered Markdown, not an error or the raw source.
          const body = doc.locator('#lesson-body');
          assert.ok((await body.locator('p').count()) >= 5, `${lesson.id}: the lesson body has its paragraphs`);
          assert.doesNotMatch((await body.textContent()) ?? '', /^\s*---\s*$|:::(misconception|takeaways|quiz)/m, `${lesson.id}: no raw front matter or callout markers on the page`);
          const { checked, failures } = await contrastOf(doc);
          assert.ok(checked > 10, `${lesson.id}: the contrast check saw the page's text (${checked} texts)`);
          assert.deepEqual(failures, [], `${lesson.id} in ${themeName}: text under WCAG AA contrast:\n${failures.map((f) => `  ${f.ratio}:1 < ${f.need}:1  "${f.text}"  ${f.color} on ${f.background}  (${f.where})`).join('\n')}`);
          await photographWholeLesson(doc, slug, lesson);
        } catch (e) {
          await page.screenshot({ path: path.join(artifacts, slug, `${lesson.module}--${lesson.id}-FAILED.png`) }).catch(() => {});
          throw e;
        }
      });
    }
  }
});
