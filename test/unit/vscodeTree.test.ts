// The Topics tree's descriptions and course navigation, decided from course data and progress.
import { describe, expect, it } from 'vitest';
import type { Module } from '../../src/core/content/model';
import { emptyProgress, markLessonRead, recordCheck, recordQuizAttempt, revealHint, recordSolutionViewed } from '../../src/core/progress/model';
import { courseItems, isItemDone, moduleCount, nextItem, nextUnfinished, problemCount } from '../../src/core/progress/navigation';
import { describeNode, md } from '../../src/core/progress/treeDescription';
import { testCatalog } from './vscodeFixtures';

const catalog = testCatalog();
const course = catalog.course;
const t = new Date('2025-01-01T00:00:00Z');
const item = (id: string) => ({ type: 'item' as const, item: course.items.get(id)! });
const mod = (id: string) => ({ type: 'module' as const, module: course.modules.find((m) => m.id === id) as Module });

describe('the fixture course', () => {
  it('loads without diagnostics (so these tests see a real course)', () => {
    expect(catalog.diagnostics).toEqual([]);
    expect(courseItems(course).map((i) => i.id)).toEqual(['intro', 'sum-it', 'check-one', 'second-lesson', 'sum-again']);
  });
});

describe('describeNode', () => {
  it('a module shows done/total and its summary; complete modules get the done icon', () => {
    const fresh = describeNode(mod('m1'), emptyProgress());
    expect(fresh).toMatchObject({ label: 'Module One', description: '0/4 done', icon: 'library', contextValue: 'module', collapsible: true });
    expect(fresh.tooltip).toContain('The first module\\.');
    let p = markLessonRead(emptyProgress(), 'intro', t);
    p = recordCheck(p, 'sum-it', 'correct', t);
    expect(describeNode(mod('m1'), p).description).toBe('2/4 done');
    p = markLessonRead(p, 'second-lesson', t);
    p = recordQuizAttempt(p, 'check-one', { score: 1, at: t.toISOString() });
    expect(describeNode(mod('m1'), p)).toMatchObject({ description: '4/4 done', icon: 'pass-filled', iconColor: 'testing.iconPassed' });
  });

  it('an empty module says so', () => {
    expect(describeNode(mod('empty'), emptyProgress())).toMatchObject({ description: 'coming soon', accessibilityLabel: 'Coming later, module, no items yet' });
  });

  it('lessons: unread then read, with minutes', () => {
    const unread = describeNode(item('intro'), emptyProgress());
    expect(unread).toMatchObject({ label: 'Introduction', description: '5 min', icon: 'book', contextValue: 'lesson.unread', collapsible: false });
    expect(unread.iconColor).toBeUndefined();
    const read = describeNode(item('intro'), markLessonRead(emptyProgress(), 'intro', t));
    expect(read).toMatchObject({ description: 'read', icon: 'book', iconColor: 'testing.iconPassed', contextValue: 'lesson.read', accessibilityLabel: 'Introduction, lesson, read' });
  });

  it('problems: not started, attempted, solved — each with its own icon, words and context value', () => {
    const fresh = describeNode(item('sum-it'), emptyProgress());
    expect(fresh).toMatchObject({ description: 'easy', icon: 'circle-large-outline', contextValue: 'problem.new', accessibilityLabel: 'Sum it, query problem, easy, not started' });
    let p = recordCheck(emptyProgress(), 'sum-it', 'incorrect', t);
    p = revealHint(p, 'sum-it', 2);
    const tried = describeNode(item('sum-it'), p);
    expect(tried).toMatchObject({ description: 'easy', icon: 'circle-large-filled', iconColor: 'testing.iconQueued', contextValue: 'problem.attempted' });
    expect(tried.tooltip).toContain('1 check');
    expect(tried.tooltip).toContain('1 of 2 hints used');
    p = recordSolutionViewed(recordCheck(p, 'sum-it', 'correct', t), 'sum-it');
    const solved = describeNode(item('sum-it'), p);
    expect(solved).toMatchObject({ description: 'easy', icon: 'pass-filled', contextValue: 'problem.solved' });
    expect(solved.tooltip).toContain('solution viewed');
    expect(solved.tooltip).toContain('Sum it up\\.');
  });

  it('quizzes: not taken, attempted below the pass score, passed', () => {
    expect(describeNode(item('check-one'), emptyProgress())).toMatchObject({ description: '1 question', icon: 'question', contextValue: 'quiz.not-started' });
    const low = recordQuizAttempt(emptyProgress(), 'check-one', { score: 0, at: t.toISOString() });
    expect(describeNode(item('check-one'), low)).toMatchObject({ description: 'best 0%', contextValue: 'quiz.attempted' });
    const high = recordQuizAttempt(low, 'check-one', { score: 1, at: t.toISOString() });
    expect(describeNode(item('check-one'), high)).toMatchObject({ description: 'passed · 100%', icon: 'question', iconColor: 'testing.iconPassed', contextValue: 'quiz.done' });
  });

  it('titles are escaped in Markdown tooltips', () => {
    expect(md('a*b_[c]')).toBe('a\\*b\\_\\[c\\]');
  });
});

describe('navigation', () => {
  it('Continue finds the first unfinished item in course order', () => {
    let p = emptyProgress();
    expect(nextUnfinished(course, p)?.id).toBe('intro');
    p = markLessonRead(p, 'intro', t);
    expect(nextUnfinished(course, p)?.id).toBe('sum-it');
    p = recordCheck(p, 'sum-it', 'incorrect', t);
    expect(nextUnfinished(course, p)?.id).toBe('sum-it');
    p = recordCheck(p, 'sum-it', 'correct', t);
    expect(nextUnfinished(course, p)?.id).toBe('check-one');
  });

  it('after a given item it goes forward and wraps round; undefined when all is done', () => {
    let p = emptyProgress();
    expect(nextUnfinished(course, p, 'second-lesson')?.id).toBe('sum-again');
    expect(nextUnfinished(course, p, 'sum-again')?.id).toBe('intro');
    for (const i of courseItems(course)) {
      if (i.kind === 'lesson') p = markLessonRead(p, i.id, t);
      if (i.kind === 'problem') p = recordCheck(p, i.id, 'correct', t);
      if (i.kind === 'quiz') p = recordQuizAttempt(p, i.id, { score: 1, at: t.toISOString() });
    }
    expect(courseItems(course).every((i) => isItemDone(i, p))).toBe(true);
    expect(nextUnfinished(course, p)).toBeUndefined();
  });

  it('next item ignores status; the last item has none', () => {
    expect(nextItem(course, 'intro')?.id).toBe('sum-it');
    expect(nextItem(course, 'second-lesson')?.id).toBe('sum-again');
    expect(nextItem(course, 'sum-again')).toBeUndefined();
  });

  it('counts: solved problems for the status bar, done items per module', () => {
    const p = recordCheck(emptyProgress(), 'sum-again', 'correct', t);
    expect(problemCount(course, p)).toEqual({ done: 1, total: 2 });
    expect(moduleCount(course.modules[1], p)).toEqual({ done: 1, total: 1 });
  });

  it('a quiz counts as done only at its pass score', () => {
    const quiz = course.items.get('check-one')!;
    expect(isItemDone(quiz, recordQuizAttempt(emptyProgress(), 'check-one', { score: 0.4, at: t.toISOString() }))).toBe(false);
    expect(isItemDone(quiz, recordQuizAttempt(emptyProgress(), 'check-one', { score: 0.5, at: t.toISOString() }))).toBe(true);
  });
});
