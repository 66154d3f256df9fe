// Issue 9, host half: one rule for Next, "Start here", tree icons and tooltips, expansion memory,
// the answer folder setting, progress kept in a file beside the answers, and when a Check toasts.
import { describe, expect, it } from 'vitest';
import type { Lesson, Module, Quiz } from '../../src/core/content/model';
import { QuizSession } from '../../src/core/quiz/session';
import {
  emptyProgress,
  markLessonRead,
  mergeProgress,
  recordCheck,
  recordQuizAttempt,
  revealHint,
  recordSolutionViewed,
  type Progress,
} from '../../src/core/progress/model';
import { courseItems, nextAfter, readingDwellMs } from '../../src/core/progress/navigation';
import { decodeProgressFile, ProgressFile, serializeProgress, type ProgressFilePort } from '../../src/core/progress/progressFile';
import { ProgressStore, type KeyValueStore } from '../../src/core/progress/store';
import { describeNode, ExpandedModules, nextNode } from '../../src/core/progress/treeDescription';
import { answerRelPath, backupRelPath, parseAnswerRelPath, pathInside, readAnswerFolderSetting } from '../../src/vscode/editors/answerPaths';
import { shouldNotify } from '../../src/vscode/views/notifications';
import { lessonView, problemView } from '../../src/vscode/views/pageViews';
import { quizView } from '../../src/vscode/views/quizView';
import { COURSE_FILES, testCatalog } from './vscodeFixtures';

const catalog = testCatalog();
const course = catalog.course;
const t1 = new Date('2025-01-02T10:00:00Z');
const t2 = new Date('2025-01-03T11:00:00Z');
const item = (id: string) => ({ type: 'item' as const, item: course.items.get(id)! });
const lesson = (id: string) => course.items.get(id) as Lesson;

class MemoryKv implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  get(key: string): unknown {
    return this.data.get(key);
  }
  async update(key: string, value: unknown): Promise<void> {
    this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
}

class MemoryFile implements ProgressFilePort {
  readonly displayPath = 'de-dojo/progress.json';
  bytes: Uint8Array | undefined;
  readonly copies = new Map<string, Uint8Array>();
  folderExists = true;
  failWrites = false;
  async read() {
    return this.bytes;
  }
  async write(bytes: Uint8Array) {
    if (this.failWrites) throw new Error('read-only file system');
    if (!this.folderExists) return false;
    this.bytes = bytes;
    return true;
  }
  async keepCopy(name: string, bytes: Uint8Array) {
    let n = name;
    for (let k = 2; this.copies.has(n); k++) n = name.replace(/\.json$/, `-${k}.json`);
    this.copies.set(n, bytes);
    return `de-dojo/${n}`;
  }
  json(): Progress {
    return JSON.parse(new TextDecoder().decode(this.bytes));
  }
}

describe('one Next: the next unfinished item after this one, never a done item, never itself', () => {
  it('skips solved and read items, wraps round, and is the same on lesson, problem and quiz pages', () => {
    // Course order: intro, sum-it, check-one, second-lesson, sum-again.
    let p = recordCheck(emptyProgress(), 'sum-it', 'correct', t1);
    expect(nextAfter(course, p, 'intro')?.id).toBe('check-one');
    p = recordQuizAttempt(p, 'check-one', { score: 1, at: t1.toISOString() });
    expect(lessonView(course, lesson('intro'), p).next?.id).toBe('second-lesson');
    const files = catalog.problemFiles('sum-it').files;
    expect(problemView(course, course.items.get('sum-it') as never, files, p, 'x').next?.id).toBe('second-lesson');
    // The last item wraps round to the first unfinished one, which is not itself.
    expect(nextAfter(course, p, 'sum-again')?.id).toBe('intro');
    const quiz = course.items.get('check-one') as Quiz;
    expect(quizView(course, quiz, QuizSession.start(quiz.meta, { seed: 1 }).view(), p).next?.id).toBe('second-lesson');
  });

  it('is undefined when only the item itself is left', () => {
    let p = emptyProgress();
    for (const i of courseItems(course)) {
      if (i.id === 'sum-again') continue;
      if (i.kind === 'lesson') p = markLessonRead(p, i.id, t1);
      if (i.kind === 'problem') p = recordCheck(p, i.id, 'correct', t1);
      if (i.kind === 'quiz') p = recordQuizAttempt(p, i.id, { score: 1, at: t1.toISOString() });
    }
    expect(nextAfter(course, p, 'sum-again')).toBeUndefined();
  });

  it("the lesson page drops the prose's closing \"Next:\" line, so the page has one Next", () => {
    const files = { ...COURSE_FILES, 'modules/m1/lessons/second-lesson.md': '---\nid: second-lesson\ntitle: Second lesson\nminutes: 7\n---\nMore text.\n\nNext: [Introduction](lesson:intro) — back to the start.\n' };
    const c = testCatalog(files);
    const v = lessonView(c.course, c.course.items.get('second-lesson') as Lesson, emptyProgress());
    expect(v.html).toContain('More text.');
    expect(v.html).not.toContain('Next:');
    expect(v.next?.id).toBe('sum-again');
  });

  it("a lesson's Next leads past the quizzes embedded in it: the learner has just seen them on the page", () => {
    // The fixture's intro embeds check-one (:::quiz check-one); sum-it solved, so check-one is next in order.
    const intro = lesson('intro');
    expect(intro.markdown).toContain(':::quiz check-one');
    const p = recordCheck(emptyProgress(), 'sum-it', 'correct', t1);
    expect(lessonView(course, intro, p).next?.id).toBe('second-lesson');
    // Without the embedded check, the lesson's Next leads into the quiz as any page does.
    const withoutCheck = { ...intro, markdown: intro.markdown.replace(':::quiz check-one', '') } as Lesson;
    expect(lessonView(course, withoutCheck, p).next?.id).toBe('check-one');
    expect(nextAfter(course, p, 'intro')?.id).toBe('check-one');
  });

  it('Back names the lesson the panel came from', () => {
    const v = lessonView(course, lesson('second-lesson'), emptyProgress(), undefined, lesson('intro'));
    expect(v.back).toMatchObject({ kind: 'lesson', id: 'intro', title: 'Introduction' });
    expect(lessonView(course, lesson('second-lesson'), emptyProgress()).back).toBeUndefined();
  });

  it('time on the page: half the reading time, at least a minute', () => {
    expect(readingDwellMs(12)).toBe(6 * 60_000);
    expect(readingDwellMs(1)).toBe(60_000);
  });
});

describe('the tree: where to start, kinds and statuses that read apart, full tooltips', () => {
  it('a new learner gets a "Start here" row naming the first item; later it reads "Continue"', () => {
    const fresh = nextNode(course, emptyProgress())!;
    expect(fresh).toMatchObject({ type: 'next', firstTime: true, item: { id: 'intro' } });
    expect(describeNode(fresh, emptyProgress())).toMatchObject({ label: 'Start here: Introduction', description: '5 min', contextValue: 'next' });
    const p = markLessonRead(emptyProgress(), 'intro', t1);
    const later = nextNode(course, p)!;
    expect(describeNode(later, p)).toMatchObject({ label: 'Continue: Sum it', description: 'easy' });
    expect(describeNode(later, p).tooltip).toContain('next unfinished item');
  });

  it('no row once everything is done', () => {
    let p = emptyProgress();
    for (const i of courseItems(course)) {
      if (i.kind === 'lesson') p = markLessonRead(p, i.id, t1);
      if (i.kind === 'problem') p = recordCheck(p, i.id, 'correct', t1);
      if (i.kind === 'quiz') p = recordQuizAttempt(p, i.id, { score: 1, at: t1.toISOString() });
    }
    expect(nextNode(course, p)).toBeUndefined();
  });

  it('a read lesson keeps its book icon (green), so it never looks like a solved problem', () => {
    const p = recordCheck(markLessonRead(emptyProgress(), 'intro', t1), 'sum-it', 'correct', t1);
    const read = describeNode(item('intro'), p);
    const solved = describeNode(item('sum-it'), p);
    expect(read).toMatchObject({ icon: 'book', iconColor: 'testing.iconPassed', description: 'read' });
    expect(solved.icon).toBe('pass-filled');
    expect(read.icon).not.toBe(solved.icon);
  });

  it('descriptions stay short (status is in the icon); tooltips say title, kind, difficulty and status', () => {
    let p = recordCheck(emptyProgress(), 'sum-it', 'incorrect', t1);
    p = recordSolutionViewed(revealHint(p, 'sum-it', 2), 'sum-it');
    const d = describeNode(item('sum-it'), p);
    expect(d.description).toBe('easy');
    for (const part of ['**Sum it**', 'Query problem · easy', 'Attempted, not solved yet', '1 of 2 hints used', 'solution viewed']) expect(d.tooltip).toContain(part);
    const lessonTip = describeNode(item('intro'), emptyProgress()).tooltip;
    for (const part of ['**Introduction**', 'Lesson · 5 min read', 'Not read yet']) expect(lessonTip).toContain(part);
    const quizTip = describeNode(item('check-one'), emptyProgress()).tooltip;
    for (const part of ['**Check one**', 'Concept check', 'Not taken yet']) expect(quizTip).toContain(part);
    const module = describeNode({ type: 'module', module: course.modules[0] as Module }, emptyProgress());
    expect(module.description).toBe('0/4 done');
  });

  it('a passed quiz keeps its question icon, coloured, and its full title', () => {
    const files = { ...COURSE_FILES, 'modules/m1/quizzes/check-one.yaml': COURSE_FILES['modules/m1/quizzes/check-one.yaml'].replace('title: Check one', 'title: "Concept check: joins"') };
    const c = testCatalog(files);
    const p = recordQuizAttempt(emptyProgress(), 'check-one', { score: 1, at: t1.toISOString() });
    const d = describeNode({ type: 'item', item: c.course.items.get('check-one')! }, p);
    expect(d).toMatchObject({ label: 'Concept check: joins', icon: 'question', iconColor: 'testing.iconPassed', contextValue: 'quiz.done' });
    expect(d.tooltip).toContain('Concept check: joins');
  });

  it('expanded modules are remembered; before any choice the module of the next item is open', () => {
    const none = new ExpandedModules(undefined);
    expect(none.isExpanded('m1', 'm1')).toBe(true);
    expect(none.isExpanded('m2', 'm1')).toBe(false);
    const stored = none.set('m2', true, 'm1', ['m1', 'm2', 'empty']);
    expect(stored.sort()).toEqual(['m1', 'm2']);
    const reloaded = new ExpandedModules(stored);
    expect(reloaded.isExpanded('m2', 'm1')).toBe(true);
    expect(reloaded.set('m1', false, 'm1', ['m1', 'm2', 'empty'])).toEqual(['m2']);
    expect(new ExpandedModules(['m2']).isExpanded('m1', 'm1')).toBe(false);
    expect(new ExpandedModules('garbage').isExpanded('m1', 'm1')).toBe(true);
  });
});

describe('notifications', () => {
  it('a Check toasts only when the setting is on and the problem panel is not on screen', () => {
    expect(shouldNotify(true, true)).toBe(false);
    expect(shouldNotify(true, false)).toBe(true);
    expect(shouldNotify(false, false)).toBe(false);
  });
});

describe('the answer folder', () => {
  it('one rule for the answer path inside the folder, and its inverse', () => {
    expect(answerRelPath({ moduleId: 'foundations', id: 'latest-per-key' })).toBe('foundations/latest-per-key.sql');
    expect(parseAnswerRelPath('foundations/latest-per-key.sql')).toEqual({ moduleId: 'foundations', problemId: 'latest-per-key' });
    expect(parseAnswerRelPath('foundations\\latest-per-key.sql')).toEqual({ moduleId: 'foundations', problemId: 'latest-per-key' });
    for (const bad of ['x.sql', '.backups/foundations/latest-per-key-20250101-101010.sql', 'foundations/Latest.sql', 'foundations/a.txt', 'progress.json']) {
      expect(parseAnswerRelPath(bad), bad).toBeUndefined();
    }
  });

  it('a file counts only inside the folder', () => {
    expect(pathInside('/w/de-dojo', '/w/de-dojo/m1/p1.sql')).toBe('m1/p1.sql');
    expect(pathInside('/w/de-dojo/', '/w/de-dojo/m1/p1.sql')).toBe('m1/p1.sql');
    expect(pathInside('/w/de-dojo', '/w/de-dojo-old/m1/p1.sql')).toBeUndefined();
    expect(pathInside('/w/practice', '/w/de-dojo/m1/p1.sql')).toBeUndefined();
  });

  it('the setting: blank is the default, relative stays inside the workspace, absolute and ~ are used as they are', () => {
    expect(readAnswerFolderSetting(undefined, '/home/me')).toEqual({ kind: 'relative', segments: ['de-dojo'] });
    expect(readAnswerFolderSetting('  ', '/home/me')).toEqual({ kind: 'relative', segments: ['de-dojo'] });
    expect(readAnswerFolderSetting('practice/sql', '/home/me')).toEqual({ kind: 'relative', segments: ['practice', 'sql'] });
    expect(readAnswerFolderSetting('./x\\y', '/home/me')).toEqual({ kind: 'relative', segments: ['x', 'y'] });
    expect(readAnswerFolderSetting('~/dojo', '/home/me')).toEqual({ kind: 'absolute', path: '/home/me/dojo' });
    expect(readAnswerFolderSetting('/srv/answers', '/home/me')).toEqual({ kind: 'absolute', path: '/srv/answers' });
    expect(readAnswerFolderSetting('C:\\answers', 'C:\\Users\\me')).toEqual({ kind: 'absolute', path: 'C:\\answers' });
  });

  it('backups go to .backups in the answer folder, and two in the same second get different names', () => {
    const at = new Date(2025, 0, 2, 3, 4, 5);
    const p = { moduleId: 'foundations', id: 'latest-per-key' };
    expect(backupRelPath(p, at)).toBe('.backups/foundations/latest-per-key-20250102-030405.sql');
    expect(backupRelPath(p, at, 2)).toBe('.backups/foundations/latest-per-key-20250102-030405-2.sql');
    expect(parseAnswerRelPath(backupRelPath(p, at))).toBeUndefined();
  });
});

describe('progress kept with the answers', () => {
  const solved = recordCheck(recordCheck(emptyProgress(), 'sum-it', 'incorrect', t1), 'sum-it', 'correct', t2);

  it('merging keeps the most progress of both sides, whichever order', () => {
    const a = revealHint(markLessonRead(solved, 'intro', t2), 'sum-again', 2);
    let b = recordCheck(emptyProgress(), 'sum-it', 'error', new Date('2025-02-01T00:00:00Z'));
    b = markLessonRead(b, 'intro', t1);
    b = recordQuizAttempt(b, 'check-one', { score: 0.5, at: t1.toISOString() });
    for (const m of [mergeProgress(a, b), mergeProgress(b, a)]) {
      expect(m.problems['sum-it']).toMatchObject({ solved: true, solvedAt: t2.toISOString(), attempts: 2, lastStatus: 'error', lastAttemptAt: '2025-02-01T00:00:00.000Z' });
      expect(m.lessons.intro.readAt).toBe(t1.toISOString());
      expect(m.problems['sum-again'].hintsUsed).toBe(1);
      expect(m.quizzes['check-one'].bestScore).toBe(0.5);
    }
    expect(mergeProgress(a, a)).toEqual(a);
  });

  it('a second browser with empty storage gets the progress from the file', async () => {
    const file = new MemoryFile();
    file.bytes = serializeProgress(solved);
    const store = new ProgressStore(new MemoryKv(), 'k');
    const attached = await ProgressFile.attach(store, file, { warn: () => {} });
    expect(store.progress.problems['sum-it'].solved).toBe(true);
    await store.update((p) => markLessonRead(p, 'intro', t2));
    await attached.flush();
    expect(file.json().lessons.intro).toBeDefined();
    expect(file.json().problems['sum-it'].solved).toBe(true);
  });

  it('progress made here before the file existed is written into it; the file and the cache are merged', async () => {
    const kv = new MemoryKv();
    const store = new ProgressStore(kv, 'k');
    await store.update((p) => markLessonRead(p, 'intro', t1));
    const file = new MemoryFile();
    file.bytes = serializeProgress(solved);
    await ProgressFile.attach(store, file, { warn: () => {} });
    expect(file.json().lessons.intro).toBeDefined();
    expect(file.json().problems['sum-it'].solved).toBe(true);
    expect((kv.get('k') as Progress).problems['sum-it'].solved).toBe(true);
  });

  it('a damaged file is reported, kept as a copy (a second one too), and replaced; nothing throws', async () => {
    const warnings: string[] = [];
    const file = new MemoryFile();
    const garbage = new Uint8Array([0x7b, 0xff, 0xfe, 0x00]);
    file.bytes = garbage;
    const store = new ProgressStore(new MemoryKv(), 'k');
    await store.update((p) => markLessonRead(p, 'intro', t1));
    const now = () => t1;
    await ProgressFile.attach(store, file, { warn: (m) => warnings.push(m) }, now);
    expect(warnings.join()).toMatch(/damaged/);
    expect([...file.copies.values()][0]).toEqual(garbage);
    expect(file.json().lessons.intro).toBeDefined();
    file.bytes = new TextEncoder().encode('{"version": 7}');
    await ProgressFile.attach(store, file, { warn: (m) => warnings.push(m) }, now);
    expect(file.copies.size).toBe(2);
    expect(warnings).toHaveLength(2);
    expect(store.progress.lessons.intro).toBeDefined();
  });

  it('damaged entries in the file are named; the good ones are kept', () => {
    const raw = { version: 1, lessons: { intro: { readAt: t1.toISOString() }, bad: { readAt: 'soon' } } };
    const d = decodeProgressFile(new TextEncoder().encode(JSON.stringify(raw)));
    expect(d.progress?.lessons.intro).toBeDefined();
    expect(d.warning).toContain('lesson "bad"');
    expect(decodeProgressFile(new TextEncoder().encode('[1]')).warning).toMatch(/progress record/);
  });

  it('no answer folder yet: nothing is written (no file appears in a workspace where nothing was practised)', async () => {
    const file = new MemoryFile();
    file.folderExists = false;
    const store = new ProgressStore(new MemoryKv(), 'k');
    const attached = await ProgressFile.attach(store, file, { warn: () => {} });
    await store.update((p) => markLessonRead(p, 'intro', t1));
    await attached.flush();
    expect(file.bytes).toBeUndefined();
    file.folderExists = true;
    await attached.sync();
    expect(file.json().lessons.intro).toBeDefined();
  });

  it('a failing file write is reported and progress stays in the cache', async () => {
    const warnings: string[] = [];
    const file = new MemoryFile();
    const kv = new MemoryKv();
    const store = new ProgressStore(kv, 'k');
    const attached = await ProgressFile.attach(store, file, { warn: (m) => warnings.push(m) });
    file.failWrites = true;
    await store.update((p) => markLessonRead(p, 'intro', t1));
    await attached.flush();
    expect(warnings.join()).toMatch(/could not save progress/);
    expect((kv.get('k') as Progress).lessons.intro).toBeDefined();
  });
});
