/** Course order meets progress: what is done, what comes next, how far along a module is. */
import type { Course, CourseItem, Module } from '../content/model';
import { isQuizDone } from '../quiz/progress';
import { lessonRecord, problemRecord, progressKey, quizRecord, type Progress } from './model';

export function isItemDone(item: CourseItem, p: Progress): boolean {
  const key = progressKey(item);
  switch (item.kind) {
    case 'lesson':
      return lessonRecord(p, key) !== undefined;
    case 'problem':
      return problemRecord(p, key).solved;
    case 'quiz':
      return isQuizDone(quizRecord(p, key), item.meta.passScore);
  }
}

/** Every item in course order. */
export function courseItems(course: Course): CourseItem[] {
  return course.modules.flatMap((m) => m.items);
}

/**
 * The next unfinished item in course order: after `afterId` when given (wrapping round to the
 * start), otherwise the first unfinished item of the course. Undefined when everything is done.
 */
export function nextUnfinished(course: Course, p: Progress, afterId?: string, skip: ReadonlySet<string> = new Set()): CourseItem | undefined {
  const items = courseItems(course);
  const start = afterId === undefined ? 0 : items.findIndex((i) => i.id === afterId) + 1;
  for (let k = 0; k < items.length; k++) {
    const item = items[(start + k) % items.length];
    if (!isItemDone(item, p) && !skip.has(item.id)) return item;
  }
  return undefined;
}

/**
 * The one "Next" of every page, of Continue's neighbours and of the Correct notification: the next
 * unfinished item after `id` in course order (wrapping round), never `id` itself and never an item
 * already done. A lesson passes the quizzes embedded in it as `skip`: the learner has just seen
 * them on the page, so "Next" must lead past them, not back into them. Undefined when nothing else
 * is left to do.
 */
export function nextAfter(course: Course, p: Progress, id: string, skip: ReadonlySet<string> = new Set()): CourseItem | undefined {
  const next = nextUnfinished(course, p, id, skip);
  return next && next.id !== id ? next : undefined;
}

/**
 * How long a lesson must be on screen before it counts as read without reaching its end: half its
 * estimated reading time, at least one minute. Reaching the end of the lesson counts at once.
 */
export function readingDwellMs(minutes: number): number {
  return Math.max(1, minutes / 2) * 60_000;
}

/** The item after this one in course order, whatever its status. */
export function nextItem(course: Course, id: string): CourseItem | undefined {
  const items = courseItems(course);
  const i = items.findIndex((x) => x.id === id);
  return i === -1 ? undefined : items[i + 1];
}

export interface Count {
  done: number;
  total: number;
}

export function moduleCount(mod: Module, p: Progress): Count {
  return { done: mod.items.filter((i) => isItemDone(i, p)).length, total: mod.items.length };
}

/** Solved problems over all problems: the status bar's "DE Dojo 3/11". */
export function problemCount(course: Course, p: Progress): Count {
  const problems = courseItems(course).filter((i) => i.kind === 'problem');
  return { done: problems.filter((i) => isItemDone(i, p)).length, total: problems.length };
}
