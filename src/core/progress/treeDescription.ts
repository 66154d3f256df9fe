/**
 * How a node of the Topics tree looks, decided from course data and progress alone: label,
 * description, theme icon (a codicon id and an optional theme colour id), contextValue for menus,
 * a Markdown tooltip and an accessible label. The VS Code tree maps this onto a TreeItem; keeping
 * the decision here makes it testable without VS Code.
 */
import type { Course, CourseItem, Module } from '../content/model';
import { quizStatus } from '../quiz/progress';
import { lessonRecord, problemRecord, problemStatus, progressKey, quizRecord, type Progress } from './model';
import { courseItems, isItemDone, moduleCount, nextUnfinished } from './navigation';

/**
 * A row of the tree: a module, an item, or the "Start here" / "Continue" row at the top that names
 * the next unfinished item (the same item the Continue command opens).
 */
export type TopicNode = { type: 'module'; module: Module } | { type: 'item'; item: CourseItem } | { type: 'next'; item: CourseItem; firstTime: boolean };

/** The top row, or undefined when everything is done (or the course is empty). */
export function nextNode(course: Course, p: Progress): TopicNode | undefined {
  const item = nextUnfinished(course, p);
  if (!item) return undefined;
  const firstTime = !courseItems(course).some((i) => isItemDone(i, p)) && Object.keys(p.problems).length === 0 && Object.keys(p.quizzes).length === 0;
  return { type: 'next', item, firstTime };
}

export interface NodeDescription {
  label: string;
  description: string;
  /** A codicon id for a ThemeIcon. */
  icon: string;
  /** A theme colour id for the icon, when the status has one. */
  iconColor?: string;
  /** Drives menus: "module", "lesson.unread", "problem.solved", "quiz.done"... */
  contextValue: string;
  /** Markdown. */
  tooltip: string;
  /** What a screen reader says: the label, the kind and the status in words. */
  accessibilityLabel: string;
  collapsible: boolean;
}

const DONE_ICON = 'pass-filled';
const DONE_COLOR = 'testing.iconPassed';
const ATTEMPTED_COLOR = 'testing.iconQueued';

export function describeNode(node: TopicNode, p: Progress): NodeDescription {
  switch (node.type) {
    case 'module':
      return describeModule(node.module, p);
    case 'item':
      return describeItem(node.item, p);
    case 'next':
      return describeNext(node.item, node.firstTime);
  }
}

const KIND_WORD = { lesson: 'lesson', problem: 'problem', quiz: 'concept check' } as const;

function itemFacts(item: CourseItem): string {
  switch (item.kind) {
    case 'lesson':
      return `${item.meta.minutes} min`;
    case 'problem':
      return item.meta.kind === 'pipeline' ? `${item.meta.difficulty} · pipeline` : item.meta.difficulty;
    case 'quiz':
      return `${item.meta.questions.length} ${item.meta.questions.length === 1 ? 'question' : 'questions'}`;
  }
}

function describeNext(item: CourseItem, firstTime: boolean): NodeDescription {
  const verb = firstTime ? 'Start here' : 'Continue';
  const kind = KIND_WORD[item.kind];
  return {
    label: `${verb}: ${item.title}`,
    description: itemFacts(item),
    icon: firstTime ? 'rocket' : 'arrow-right',
    iconColor: 'textLink.foreground',
    contextValue: 'next',
    tooltip: [
      `**${md(verb)}: ${md(item.title)}**`,
      md(`${kind[0].toUpperCase()}${kind.slice(1)} · ${itemFacts(item)}`),
      md(firstTime ? 'The first item of the course. Click to open it.' : 'The next unfinished item in course order. Click to open it.'),
    ].join('\n\n'),
    accessibilityLabel: `${verb}: ${item.title}, ${kind}`,
    collapsible: false,
  };
}

function describeModule(m: Module, p: Progress): NodeDescription {
  const c = moduleCount(m, p);
  const description = c.total === 0 ? 'coming soon' : `${c.done}/${c.total} done`;
  const complete = c.total > 0 && c.done === c.total;
  return {
    label: m.title,
    description,
    icon: complete ? DONE_ICON : 'library',
    iconColor: complete ? DONE_COLOR : undefined,
    contextValue: 'module',
    tooltip: `**${md(m.title)}**\n\n${md(m.summary)}\n\n${c.total === 0 ? 'No items yet.' : `${c.done} of ${c.total} items done.`}`,
    accessibilityLabel: `${m.title}, module, ${c.total === 0 ? 'no items yet' : `${c.done} of ${c.total} done`}`,
    collapsible: true,
  };
}

function describeItem(item: CourseItem, p: Progress): NodeDescription {
  switch (item.kind) {
    case 'lesson': {
      const read = lessonRecord(p, progressKey(item)) !== undefined;
      const minutes = `${item.meta.minutes} min`;
      // A lesson keeps its book icon (green once read), so a read lesson never looks like a solved problem.
      return {
        label: item.title,
        description: read ? 'read' : minutes,
        icon: 'book',
        iconColor: read ? DONE_COLOR : undefined,
        contextValue: read ? 'lesson.read' : 'lesson.unread',
        tooltip: tooltip(item.title, `Lesson · ${minutes} read`, item.meta.summary, read ? 'Read' : 'Not read yet'),
        accessibilityLabel: `${item.title}, lesson, ${read ? 'read' : 'not read'}`,
        collapsible: false,
      };
    }
    case 'problem': {
      const status = problemStatus(p, progressKey(item));
      const r = problemRecord(p, progressKey(item));
      const difficulty = item.meta.difficulty;
      const kind = item.meta.kind === 'pipeline' ? 'Pipeline problem' : 'Query problem';
      const extras = [
        r.attempts ? `${r.attempts} ${r.attempts === 1 ? 'check' : 'checks'}` : undefined,
        r.hintsUsed ? `${r.hintsUsed} of ${item.meta.hints.length} hints used` : undefined,
        r.solutionViewed ? 'solution viewed' : undefined,
      ].filter(Boolean);
      const statusText = { new: 'Not started', attempted: 'Attempted, not solved yet', solved: 'Solved' }[status];
      return {
        label: item.title,
        // Status is the icon's job (and the tooltip's, in words): the description stays short.
        description: itemFacts(item),
        icon: status === 'solved' ? DONE_ICON : status === 'attempted' ? 'circle-large-filled' : 'circle-large-outline',
        iconColor: status === 'solved' ? DONE_COLOR : status === 'attempted' ? ATTEMPTED_COLOR : undefined,
        contextValue: `problem.${status}`,
        tooltip: tooltip(item.title, `${kind} · ${difficulty}`, item.meta.summary, [statusText, ...extras].join(' · ')),
        accessibilityLabel: `${item.title}, ${item.meta.kind === 'pipeline' ? 'pipeline' : 'query'} problem, ${difficulty}, ${status === 'new' ? 'not started' : status}`,
        collapsible: false,
      };
    }
    case 'quiz': {
      const s = quizStatus(quizRecord(p, progressKey(item)), item.meta.passScore);
      const questions = itemFacts(item);
      const description = s.state === 'not-started' ? questions : s.state === 'done' ? `passed · ${s.bestPercent}%` : `best ${s.bestPercent}%`;
      const statusText =
        s.state === 'not-started' ? 'Not taken yet' : `${s.state === 'done' ? 'Passed' : 'Not passed yet'}: best ${s.bestPercent}% over ${s.attempts} ${s.attempts === 1 ? 'attempt' : 'attempts'}`;
      return {
        label: item.title,
        description,
        icon: 'question',
        iconColor: s.state === 'done' ? DONE_COLOR : s.state === 'attempted' ? ATTEMPTED_COLOR : undefined,
        contextValue: `quiz.${s.state}`,
        tooltip: tooltip(item.title, `Concept check · ${questions} · pass at ${Math.round(item.meta.passScore * 100)}%`, item.meta.summary, statusText),
        accessibilityLabel: `${item.title}, quiz, ${s.state === 'not-started' ? 'not taken' : s.state === 'done' ? 'passed' : 'not passed yet'}`,
        collapsible: false,
      };
    }
  }
}

function tooltip(title: string, kind: string, summary: string | undefined, status: string): string {
  return [`**${md(title)}**`, md(kind), summary ? md(summary) : undefined, `*${md(status)}*`].filter(Boolean).join('\n\n');
}

/** Escapes Markdown punctuation so titles and summaries show as written. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/**
 * Which modules the learner left expanded, kept across reloads (VS Code forgets it). Before the
 * learner has expanded or collapsed anything, the module of the next unfinished item is open, so
 * the tree shows where to start.
 */
export class ExpandedModules {
  private ids: Set<string> | undefined;

  /** `stored` is whatever was saved before (anything that is not a list of ids counts as nothing). */
  constructor(stored: unknown) {
    this.ids = Array.isArray(stored) && stored.every((x) => typeof x === 'string') ? new Set(stored) : undefined;
  }

  isExpanded(moduleId: string, nextModuleId: string | undefined): boolean {
    return this.ids ? this.ids.has(moduleId) : moduleId === nextModuleId;
  }

  /** Records a change and returns what to store. */
  set(moduleId: string, expanded: boolean, nextModuleId: string | undefined, allModuleIds: string[]): string[] {
    const ids = this.ids ?? new Set(allModuleIds.filter((id) => this.isExpanded(id, nextModuleId)));
    if (expanded) ids.add(moduleId);
    else ids.delete(moduleId);
    this.ids = ids;
    return [...ids];
  }
}
