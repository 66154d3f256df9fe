/**
 * The top level of the Topics tree once course packs exist: one node for the built-in course and
 * one per pack, each with its progress, so the learner sees which course an item belongs to. With
 * no packs the tree shows the built-in course's modules at the top, as it always did. Pure: no
 * vscode import (the tree maps this onto a TreeItem), unit-tested.
 */
import type { Course } from '../../core/content/model';
import type { PackEntry } from '../../core/content/packs';
import { md, type NodeDescription, type TopicNode } from '../../core/progress/treeDescription';
import type { Progress } from '../../core/progress/model';
import { courseItems, isItemDone } from '../../core/progress/navigation';

/** A course at the top of the tree: the built-in one (no pack) or a pack (which may have failed). */
export type CourseNode = { type: 'course'; pack?: PackEntry };
export type TreeNode = TopicNode | CourseNode;

/** The tree's id of a course node (stable across refreshes, so expansion is kept). */
export function courseNodeId(node: CourseNode): string {
  return node.pack ? `pack:${node.pack.root}` : 'course:built-in';
}

/** `course` is the node's loaded course (undefined for a failed pack); `p` progress as that course sees it. */
export function describeCourseNode(node: CourseNode, course: Course | undefined, p: Progress): NodeDescription {
  const pack = node.pack;
  if (pack?.state === 'failed' || !course) {
    const errors = pack?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
    const title = pack?.title ?? 'Course';
    return {
      label: title,
      description: `cannot load · ${errors || 1} ${errors === 1 || errors === 0 ? 'problem' : 'problems'}`,
      icon: 'error',
      iconColor: 'errorForeground',
      contextValue: 'pack.failed',
      tooltip: `**${md(title)}**\n\nCourse pack in \`${pack?.root ?? ''}\`\n\n${md(pack?.error ?? 'It could not be loaded.')}\n\n*Click to see its problems.*`,
      accessibilityLabel: `${title}, course pack, cannot be loaded: ${pack?.error ?? ''}`,
      collapsible: false,
    };
  }
  const items = courseItems(course);
  const done = items.filter((i) => isItemDone(i, p)).length;
  const count = items.length === 0 ? 'empty' : `${done}/${items.length}`;
  const warnings = pack ? pack.diagnostics.length : 0;
  const kind = pack ? 'course pack' : 'built-in course';
  const label = course.title || pack?.id || 'DE Dojo';
  return {
    label,
    description: `${pack ? 'pack' : 'built-in'} · ${count}${warnings ? ` · ${warnings} ${warnings === 1 ? 'finding' : 'findings'}` : ''}`,
    icon: pack ? 'package' : 'mortar-board',
    iconColor: items.length > 0 && done === items.length ? 'testing.iconPassed' : undefined,
    contextValue: pack ? (warnings ? 'pack.findings' : 'pack') : 'course',
    tooltip: [`**${md(label)}**`, md(pack ? `Course pack "${pack.id}" in ${pack.root}` : 'The course that comes with DE Dojo'), `${done} of ${items.length} items done.`, warnings ? md(`${warnings} content findings: see the Problems panel.`) : undefined]
      .filter(Boolean)
      .join('\n\n'),
    accessibilityLabel: `${label}, ${kind}, ${done} of ${items.length} done${warnings ? `, ${warnings} content findings` : ''}`,
    collapsible: true,
  };
}
