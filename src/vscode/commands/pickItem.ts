/** The quick pick behind Open Lesson / Open Problem / Open Quiz: items of one kind, grouped by module. */
import * as vscode from 'vscode';
import type { CourseItem, ItemKind } from '../../core/content/model';
import type { Progress } from '../../core/progress/model';
import type { Ui } from './context';

type ItemOf<K extends ItemKind> = Extract<CourseItem, { kind: K }>;

/** How one item reads in the list: label (with its status icon), description and detail. */
export type PickRow<K extends ItemKind> = (item: ItemOf<K>, moduleTitle: string, progress: Progress) => Pick<vscode.QuickPickItem, 'label' | 'description' | 'detail'>;

export interface PickOptions<K extends ItemKind> {
  /** "lesson", "problem", "quiz": in the title and the empty-course message. */
  noun: string;
  placeHolder: string;
  row: PickRow<K>;
}

export async function pickCourseItem<K extends ItemKind>(ui: Ui, kind: K, options: PickOptions<K>): Promise<ItemOf<K> | undefined> {
  const items: (vscode.QuickPickItem & { item?: ItemOf<K> })[] = [];
  // The built-in course, then each course pack; a pack's modules are headed with the pack's title.
  const courses = [{ catalog: ui.dojo.catalog(), heading: '' }, ...ui.dojo.packs.entries.flatMap((p) => (p.catalog ? [{ catalog: p.catalog, heading: `${p.title} · ` }] : []))];
  for (const { catalog, heading } of courses) {
    for (const m of catalog.course.modules) {
      const ofKind = m.items.filter((i): i is ItemOf<K> => i.kind === kind);
      if (ofKind.length === 0) continue;
      const progress = ui.dojo.progress.progress;
      // Separators vanish while the learner types: the row itself names the pack too.
      const where = `${heading}${m.title}`;
      items.push({ label: where, kind: vscode.QuickPickItemKind.Separator });
      for (const item of ofKind) items.push({ ...options.row(item, where, progress), item });
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`DE Dojo: the course has no ${options.noun}s yet.`);
    return undefined;
  }
  const noun = options.noun[0].toUpperCase() + options.noun.slice(1);
  const choice = await vscode.window.showQuickPick(items, {
    title: `DE Dojo: Open ${noun}`,
    placeHolder: options.placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return choice?.item;
}
