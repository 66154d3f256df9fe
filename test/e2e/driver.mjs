// Driving the workbench like a learner, for an e2e file: the command palette, quick picks, the
// webviews (two iframes deep) and the Topics tree. Bound to one Playwright page.
import assert from 'node:assert/strict';
import * as wb from './workbench.mjs';

export function driver(page) {
  /** In an open quick pick, moves to the row labelled exactly `label` and accepts it. */
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
      await page.keyboard.press('Escape');
      throw e;
    }
    // No row may be focused yet on a busy machine: that reads as "not there yet", not as a failure.
    const focusedLabel = () => page.locator('.quick-input-widget .monaco-list-row.focused .label-name').first().textContent({ timeout: 500 }).catch(() => '');
    for (let step = 0; step < index + 5 && ((await focusedLabel()) ?? '').replace(/\s+/g, ' ').trim() !== label; step++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(((await focusedLabel()) ?? '').replace(/\s+/g, ' ').trim(), label, `the quick pick highlights "${label}"`);
    await page.keyboard.press('Enter');
  }

  /** F1, the command's palette title, then the row that is exactly that command. */
  async function runCommand(title) {
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input.input');
    // F1 can land in a view that keeps it (a walkthrough page, a hover), and a palette that opened can
    // be closed again by a page still taking focus (the walkthrough, once more): dismiss and try again.
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        await input.fill(`>${title}`, { timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        await page.keyboard.press('Escape');
        // Focus a part that leaves F1 to the workbench: the side bar's title (clicking it changes nothing).
        await page.locator('.sidebar .composite.title').first().click().catch(() => {});
      }
    }
    await pickQuickItem(title);
    await wb.waitFor(`the command palette to run "${title}"`, async () => !(await widget.isVisible()) || !(await input.inputValue()).startsWith('>'), { timeout: 10_000 });
  }

  /** The document of the visible webview that contains `selector`. */
  async function webviewWith(selector, { timeout = 30_000 } = {}) {
    return wb.waitFor(
      `a webview showing ${selector}`,
      async () => {
        const n = await page.locator('iframe.webview.ready').count();
        for (let i = 0; i < n; i++) {
          const doc = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('iframe#active-frame');
          if ((await doc.locator(selector).count()) > 0 && (await doc.locator(selector).first().isVisible())) return doc;
        }
        return null;
      },
      { timeout },
    );
  }

  /** A row of the Topics tree by its exact label. */
  const treeItem = (name) => page.locator('.sidebar [role="treeitem"]').filter({ has: page.locator(`.monaco-icon-label[aria-label=${JSON.stringify(name)}]`) });

  /** Editor tabs whose label is exactly `title`. */
  const tabs = (title) => page.locator('.tabs-container .tab').filter({ has: page.locator(`.label-name:text-is(${JSON.stringify(title)})`) });

  async function chooseTheme(name) {
    await runCommand('Preferences: Color Theme');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await pickQuickItem(name);
  }

  /**
   * DE Dojo: Check Answer, then the problem panel's document once the verdict of THIS check shows.
   * The panel redraws on every message, so the verdict on screen before the check is marked first;
   * the one awaited is unmarked and not stale (a verdict of an older answer text is marked stale).
   */
  async function checkAnswer() {
    const before = await webviewWith('#problem-title', { timeout: 2_000 }).catch(() => undefined);
    await before?.locator('#grade-status').evaluateAll((els) => els.forEach((e) => e.setAttribute('data-e2e-seen', ''))).catch(() => {});
    await runCommand('DE Dojo: Check Answer');
    const doc = await webviewWith('#problem-title');
    await doc.locator('#grade:not(.stale) #grade-status:not([data-e2e-seen])').waitFor({ state: 'visible', timeout: 30_000 });
    return doc;
  }

  return { pickQuickItem, runCommand, webviewWith, treeItem, tabs, chooseTheme, checkAnswer };
}
