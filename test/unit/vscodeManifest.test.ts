// package.json `contributes` and the ids in src/vscode/commandIds.ts agree, in both directions,
// and the manifest follows the conventions the architecture asks for.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS_FOR_TEST } from './vscodeManifestIds';
import {
  CATEGORY,
  COMMANDS,
  CONTEXT_KEYS,
  INTERNAL_COMMANDS,
  PALETTE_COMMANDS,
  PACK_ACTIVATION_EVENT,
  PANEL_TYPES,
  SETTINGS,
  TOPICS_VIEW,
  VIEW_CONTAINER,
  WALKTHROUGH,
} from '../../src/vscode/commandIds';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = pkg.contributes;
const contributed: { command: string; title: string; category?: string }[] = c.commands;

describe('manifest ↔ commandIds.ts', () => {
  it('every command in commandIds.ts is contributed with its title and the "DE Dojo" category', () => {
    for (const { id, title } of Object.values(COMMANDS)) {
      const entry = contributed.find((x) => x.command === id);
      expect(entry, id).toBeDefined();
      expect(entry!.title).toBe(title);
      expect(entry!.category).toBe(CATEGORY);
    }
  });

  it('every contributed command is defined in commandIds.ts and registered by a command file', () => {
    const ids = new Set<string>(Object.values(COMMANDS).map((x) => x.id));
    for (const x of contributed) expect(ids.has(x.command), x.command).toBe(true);
    expect(new Set(ALL_COMMANDS_FOR_TEST)).toEqual(ids);
  });

  it('the palette titles are exactly the ones the issue names', () => {
    const titles = Object.values(PALETTE_COMMANDS).map((x) => `${CATEGORY}: ${x.title}`);
    for (const t of ['Run Query', 'Check Answer', 'Show Hint', 'Show Solution', 'Reset Problem', 'Continue', 'Open Lesson...', 'Open Problem...']) {
      expect(titles).toContain(`DE Dojo: ${t}`);
    }
  });

  it('commands that need an argument are hidden from the palette, the others are not', () => {
    const hidden = new Set((c.menus.commandPalette as { command: string; when: string }[]).filter((m) => m.when === 'false').map((m) => m.command));
    expect(hidden).toEqual(new Set(Object.values(INTERNAL_COMMANDS).map((x) => x.id)));
  });

  it('every command used in a menu or keybinding exists', () => {
    const ids = new Set(contributed.map((x) => x.command));
    const used = [...Object.values(c.menus).flatMap((m) => (m as { command: string }[]).map((x) => x.command)), ...c.keybindings.map((k: { command: string }) => k.command)];
    for (const u of used) expect(ids.has(u), u).toBe(true);
  });

  it('view container, view, panels and settings use the ids of commandIds.ts', () => {
    expect(c.viewsContainers.activitybar).toEqual([expect.objectContaining({ id: VIEW_CONTAINER, title: 'DE Dojo' })]);
    expect(c.views[VIEW_CONTAINER]).toEqual([expect.objectContaining({ id: TOPICS_VIEW, name: 'Topics' })]);
    expect(pkg.activationEvents.sort()).toEqual([...Object.values(PANEL_TYPES).map((t) => `onWebviewPanel:${t}`), PACK_ACTIVATION_EVENT].sort());
    for (const key of [SETTINGS.checkDeadlineMs, SETTINGS.showNotifications, SETTINGS.coursePaths]) expect(c.configuration.properties[`${SETTINGS.section}.${key}`], key).toBeDefined();
    const usedKeys = JSON.stringify(c);
    for (const key of [CONTEXT_KEYS.isAnswerFile, CONTEXT_KEYS.contentState, CONTEXT_KEYS.firstLessonOpened, CONTEXT_KEYS.firstProblemSolved]) expect(usedKeys).toContain(key);
  });
});

describe('VS Code conventions', () => {
  it('activation is lazy: no "*" and no onStartupFinished', () => {
    expect(pkg.activationEvents).not.toContain('*');
    expect(pkg.activationEvents).not.toContain('onStartupFinished');
    // Besides the panels, only a workspace that holds a course pack (the authoring loop) activates DE Dojo.
    for (const e of pkg.activationEvents) expect(e === PACK_ACTIVATION_EVENT || /^onWebviewPanel:/.test(e), e).toBe(true);
  });

  it('the engine stays ^1.90.0 and @types/vscode is no newer', () => {
    expect(pkg.engines.vscode).toBe('^1.90.0');
    const types = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')).version as string;
    const [maj, min] = types.split('.').map(Number);
    expect(maj === 1 && min <= 90).toBe(true);
  });

  it('Run and Check keybindings work only in answer files', () => {
    const run = c.keybindings.find((k: { command: string }) => k.command === COMMANDS.runQuery.id);
    const check = c.keybindings.find((k: { command: string }) => k.command === COMMANDS.checkAnswer.id);
    expect(run).toMatchObject({ key: 'ctrl+enter', mac: 'cmd+enter' });
    expect(check).toMatchObject({ key: 'ctrl+shift+enter', mac: 'cmd+shift+enter' });
    for (const k of c.keybindings) expect(k.when).toContain(CONTEXT_KEYS.isAnswerFile);
  });

  it('editor title buttons appear only on answer files, or (the pin) on the problem panel', () => {
    for (const m of c.menus['editor/title']) {
      if (m.command === COMMANDS.keepProblemOpen.id || m.command === COMMANDS.stopKeepingProblemOpen.id) expect(m.when).toContain(`activeWebviewPanelId == '${PANEL_TYPES.problem}'`);
      else expect(m.when).toContain(CONTEXT_KEYS.isAnswerFile);
    }
  });

  it('tree rows: Open and Check on hover; an unstarted problem opens its menu with Open, Run, Check, no Reset, and Show Solution last', () => {
    type Entry = { command: string; when: string; group: string };
    const entries: Entry[] = c.menus['view/item/context'];
    const matches = (e: Entry, viewItem: string) => {
      const m = /viewItem (==|=~) (?:'([^']*)'|\/(.*)\/)/.exec(e.when)!;
      return m[1] === '==' ? m[2] === viewItem : new RegExp(m[3]).test(viewItem);
    };
    const inline = entries.filter((e) => e.group.startsWith('inline') && matches(e, 'problem.new')).map((e) => e.command);
    expect(inline).toEqual([COMMANDS.openItem.id, COMMANDS.checkAnswer.id]);
    const order = (e: Entry) => e.group.replace(/@.*/, '') + String(e.group.split('@')[1] ?? '').padStart(3, '0');
    const menu = entries.filter((e) => !e.group.startsWith('inline') && matches(e, 'problem.new')).sort((a, b) => order(a).localeCompare(order(b))).map((e) => e.command);
    expect(menu[0]).toBe(COMMANDS.openItem.id);
    expect(menu).not.toContain(COMMANDS.resetProblem.id);
    expect(menu[menu.length - 1]).toBe(COMMANDS.showSolution.id);
    expect(menu.indexOf(COMMANDS.showSolution.id)).toBeGreaterThan(1);
    const started = entries.filter((e) => !e.group.startsWith('inline') && matches(e, 'problem.attempted')).map((e) => e.command);
    expect(started).toContain(COMMANDS.resetProblem.id);
    // Lessons get Open only: a second ✓ beside "Check" would read as the same action.
    for (const l of ['lesson.read', 'lesson.unread']) expect(entries.filter((e) => e.group.startsWith('inline') && matches(e, l)).map((e) => e.command)).toEqual([COMMANDS.openItem.id]);
  });

  it('walkthrough steps tick on what really happened: the view already open, a solve in an earlier session', () => {
    expect(c.walkthroughs[0].id).toBe(WALKTHROUGH.id);
    expect(c.walkthroughs[0].steps.map((s: { id: string }) => s.id)).toEqual(Object.values(WALKTHROUGH.steps));
    const [sidebar, lessonStep, solve] = c.walkthroughs[0].steps;
    expect(sidebar.completionEvents).toEqual(expect.arrayContaining(['onView:deDojo.topics', 'onCommand:workbench.view.extension.deDojo', `onContext:${CONTEXT_KEYS.sidebarSeen}`]));
    expect(lessonStep.completionEvents).toEqual([`onContext:${CONTEXT_KEYS.firstLessonOpened}`]);
    expect(solve.completionEvents).toEqual([`onContext:${CONTEXT_KEYS.firstProblemSolved}`]);
  });

  it('the answer folder setting defaults to de-dojo', () => {
    expect(c.configuration.properties[`${SETTINGS.section}.${SETTINGS.answerFolder}`]).toMatchObject({ type: 'string', default: 'de-dojo' });
  });

  it('tree context menus: Open, Reset and Show Solution; view title: Continue', () => {
    const ctx = c.menus['view/item/context'].map((m: { command: string }) => m.command);
    expect(ctx).toEqual(expect.arrayContaining([COMMANDS.openItem.id, COMMANDS.resetProblem.id, COMMANDS.showSolution.id]));
    const title = c.menus['view/title'].filter((m: { group: string }) => m.group.startsWith('navigation')).map((m: { command: string }) => m.command);
    expect(title).toContain(COMMANDS.continue.id);
    expect(title.length).toBeLessThanOrEqual(3);
  });

  it('settings have defaults, descriptions and ranges', () => {
    for (const [key, p] of Object.entries<Record<string, unknown>>(c.configuration.properties)) {
      expect(p.default, key).toBeDefined();
      expect(p.description ?? p.markdownDescription, key).toBeTruthy();
      if (p.type === 'integer' || p.type === 'number') {
        expect(typeof p.minimum, key).toBe('number');
        expect(typeof p.maximum, key).toBe('number');
      }
    }
    expect(c.configuration.properties['deDojo.checkDeadlineMs']).toMatchObject({ default: 2000, minimum: 200, maximum: 30000 });
  });

  it('welcome views cover a failed and an empty course', () => {
    const whens = c.viewsWelcome.map((w: { when: string }) => w.when);
    expect(whens).toEqual(expect.arrayContaining([expect.stringContaining("'failed'"), expect.stringContaining("'empty'")]));
  });

  it('the walkthrough has the three steps, and every file the manifest names exists', () => {
    const steps = c.walkthroughs[0].steps.map((s: { title: string }) => s.title);
    expect(steps).toEqual(['Open the DE Dojo sidebar', 'Read the first lesson', 'Solve a problem']);
    const files = [pkg.icon, ...c.viewsContainers.activitybar.map((a: { icon: string }) => a.icon), ...c.walkthroughs[0].steps.map((s: { media: { markdown: string } }) => s.media.markdown)];
    for (const f of files) expect(fs.existsSync(path.join(root, f)), f).toBe(true);
  });

  it('the extension icon is a 128×128 PNG', () => {
    const png = fs.readFileSync(path.join(root, pkg.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(128);
    expect(png.readUInt32BE(20)).toBe(128);
  });
});
