/**
 * How a node of the Topics tree looks, decided from course data and progress alone: label,
 * description, theme icon (a codicon id and an optional theme colour id), contextValue for menus,
 * a Markdown tooltip and an accessible label. The VS Code tree maps this onto a TreeItem; keeping
 * the decision here makes it testable without VS Code.
 */
import type { CourseItem, Module } from '../content/model';
import { quizStatus } from '../quiz/progress';
import { problemRecord, problemStatus, type Progress } from './model';
import { moduleCount } from './navigation';

export type TopicNode = { type: 'module'; module: Module } | { type: 'item'; item: CourseItem };

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
  return node.type === 'module' ? describeModule(node.module, p) : describeItem(node.item, p);
}

function describeModule(m: Module, p: Progress): NodeDescription {
  const c = moduleCount(m, p);
  const description = c.total === 0 ? 'coming soon' : `${c.done}/${c.total}`;
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
      const read = p.lessons[item.id] !== undefined;
      const minutes = `${item.meta.minutes} min`;
      return {
        label: item.title,
        description: read ? `read · ${minutes}` : minutes,
        icon: read ? DONE_ICON : 'book',
        iconColor: read ? DONE_COLOR : undefined,
        contextValue: read ? 'lesson.read' : 'lesson.unread',
        tooltip: tooltip(item.title, `Lesson · ${minutes} read`, item.meta.summary, read ? 'Read' : 'Not read yet'),
        accessibilityLabel: `${item.title}, lesson, ${read ? 'read' : 'not read'}`,
        collapsible: false,
      };
    }
    case 'problem': {
      const status = problemStatus(p, item.id);
      const r = problemRecord(p, item.id);
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
        description: status === 'new' ? difficulty : `${difficulty} · ${status}`,
        icon: status === 'solved' ? DONE_ICON : status === 'attempted' ? 'circle-large-filled' : 'circle-large-outline',
        iconColor: status === 'solved' ? DONE_COLOR : status === 'attempted' ? ATTEMPTED_COLOR : undefined,
        contextValue: `problem.${status}`,
        tooltip: tooltip(item.title, `${kind} · ${difficulty}`, item.meta.summary, [statusText, ...extras].join(' · ')),
        accessibilityLabel: `${item.title}, ${item.meta.kind === 'pipeline' ? 'pipeline' : 'query'} problem, ${difficulty}, ${status === 'new' ? 'not started' : status}`,
        collapsible: false,
      };
    }
    case 'quiz': {
      const s = quizStatus(p.quizzes[item.id], item.meta.passScore);
      const questions = `${item.meta.questions.length} ${item.meta.questions.length === 1 ? 'question' : 'questions'}`;
      const description = s.state === 'not-started' ? `${questions} · not started` : s.state === 'done' ? `passed · best ${s.bestPercent}%` : `best ${s.bestPercent}%`;
      const statusText =
        s.state === 'not-started' ? 'Not taken yet' : `${s.state === 'done' ? 'Passed' : 'Not passed yet'}: best ${s.bestPercent}% over ${s.attempts} ${s.attempts === 1 ? 'attempt' : 'attempts'}`;
      return {
        label: item.title,
        description,
        icon: s.state === 'done' ? DONE_ICON : 'question',
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
