/**
 * The Topics view: a "Start here" / "Continue" row naming the next unfinished item, then the
 * modules with their lessons, problems and quizzes in course order. Elements are domain data
 * (TopicNode); describeNode (core) decides how each looks; this file only maps that onto
 * TreeItems, refreshes when progress or the course changes, and remembers expanded modules.
 */
import * as vscode from 'vscode';
import type { Module } from '../../core/content/model';
import { itemKey, moduleKey } from '../../core/content/packs';
import type { Progress } from '../../core/progress/model';
import { nextUnfinished } from '../../core/progress/navigation';
import { describeNode, ExpandedModules, nextNode } from '../../core/progress/treeDescription';
import { COMMANDS, CONTEXT_KEYS, EXPANDED_MODULES_KEY, TOPICS_VIEW } from '../commandIds';
import type { Dojo } from '../dojo';
import { courseNodeId, describeCourseNode, type CourseNode, type TreeNode } from '../views/courseNode';
import { completeWalkthroughStep } from '../walkthrough';
import { StaleRedraw } from './staleRedraw';

const TOPICS_TITLE = 'Topics';

export class TopicsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Nodes are cached by id so that getParent and reveal see the same objects. */
  private nodes = new Map<string, TreeNode>();
  /** Expanded modules, by module key (a pack's modules: "<pack>/<module>"). */
  private readonly expanded: ExpandedModules;
  /** Redraws the top level again if a refresh after a progress change was lost. */
  private readonly staleRedraw: StaleRedraw<Progress>;

  constructor(private readonly dojo: Dojo) {
    this.expanded = new ExpandedModules(dojo.context.workspaceState.get(EXPANDED_MODULES_KEY));
    this.staleRedraw = new StaleRedraw(() => dojo.progress.progress, () => this.changed.fire(undefined));
    this.view = vscode.window.createTreeView(TOPICS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility(() => this.view.visible && this.markSeen()),
      this.view.onDidExpandElement((e) => this.remember(e.element, true)),
      this.view.onDidCollapseElement((e) => this.remember(e.element, false)),
      dojo.progress.onDidChange(() => this.staleRedraw.changed()),
      this.staleRedraw,
      dojo.onDidChangeCatalog(() => {
        this.nodes.clear();
        this.updateMessage();
        this.changed.fire(undefined);
      }),
    );
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.type === 'course') return this.courseItem(node);
    const d = describeNode(node, this.dojo.progress.progress);
    const state = !d.collapsible
      ? vscode.TreeItemCollapsibleState.None
      : node.type === 'module' && this.expanded.isExpanded(moduleKey(node.module), this.nextModuleKey(node.module.pack))
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(d.label, state);
    item.id = node.type === 'module' ? `module:${moduleKey(node.module)}` : node.type === 'next' ? 'next' : `${node.item.kind}:${itemKey(node.item)}`;
    item.description = d.description;
    item.iconPath = new vscode.ThemeIcon(d.icon, d.iconColor ? new vscode.ThemeColor(d.iconColor) : undefined);
    item.contextValue = d.contextValue;
    item.tooltip = new vscode.MarkdownString(d.tooltip);
    item.accessibilityInformation = { label: d.accessibilityLabel };
    if (node.type !== 'module') item.command = { command: COMMANDS.openItem.id, title: 'Open', arguments: [{ type: 'item', item: node.item }] };
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const course = this.dojo.catalog().course;
      this.staleRedraw.drew();
      // Asked for its rows only when the view is on screen: the walkthrough's first step ticks on
      // this, also when the view was already open before the walkthrough (or the window) started.
      this.markSeen();
      this.updateMessage();
      const next = nextNode(course, this.dojo.progress.progress);
      // With no course packs the built-in course's modules are the top level, as they always were;
      // with packs, each course (built-in first) is a node of its own, under the built-in Start here row.
      const packs = this.dojo.packs.entries;
      const rows = packs.length === 0 ? course.modules.map((module) => this.moduleNode(module)) : [this.courseNode(undefined), ...packs.map((pack) => this.courseNode(pack.root))];
      return next ? [next, ...rows] : rows;
    }
    if (node.type === 'course') return node.pack?.state === 'failed' ? [] : this.dojo.catalogOf({ pack: node.pack?.id }).course.modules.map((module) => this.moduleNode(module));
    if (node.type === 'module') return node.module.items.map((item) => this.cached(`item:${itemKey(item)}`, { type: 'item', item }));
    return [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.type === 'course' || node.type === 'next') return undefined;
    if (node.type === 'module') return this.dojo.packs.entries.length === 0 ? undefined : this.courseNode(this.dojo.packs.get(node.module.pack)?.root);
    const module = this.dojo.catalogOf(node.item).course.modules.find((m) => m.id === node.item.moduleId);
    return module ? this.moduleNode(module) : undefined;
  }

  /** Shows the item (by item key) in the tree when the view is visible, e.g. after Continue. */
  async reveal(key: string): Promise<void> {
    const item = this.dojo.item(key);
    if (!item || !this.view.visible) return;
    try {
      await this.view.reveal(this.cached(`item:${itemKey(item)}`, { type: 'item', item }), { select: true, focus: false, expand: false });
    } catch {
      // The tree may be mid-refresh; revealing is a courtesy.
    }
  }

  private moduleNode(module: Module): TreeNode {
    return this.cached(`module:${moduleKey(module)}`, { type: 'module', module });
  }

  /** The built-in course's node (no root) or a pack's, by its folder. */
  private courseNode(packRoot: string | undefined): TreeNode {
    const pack = packRoot === undefined ? undefined : this.dojo.packs.entries.find((p) => p.root === packRoot);
    const node: CourseNode = { type: 'course', pack };
    return this.cached(courseNodeId(node), node);
  }

  private courseItem(node: CourseNode): vscode.TreeItem {
    const scope = { pack: node.pack?.id };
    const course = node.pack?.state === 'failed' ? undefined : this.dojo.catalogOf(scope).course;
    const d = describeCourseNode(node, course, this.dojo.progress.progress);
    const item = new vscode.TreeItem(d.label, d.collapsible ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = courseNodeId(node);
    item.description = d.description;
    item.iconPath = new vscode.ThemeIcon(d.icon, d.iconColor ? new vscode.ThemeColor(d.iconColor) : undefined);
    item.contextValue = d.contextValue;
    item.tooltip = new vscode.MarkdownString(d.tooltip);
    item.accessibilityInformation = { label: d.accessibilityLabel };
    // A pack that cannot load opens its list of problems (they are in the Problems panel too).
    if (node.pack?.state === 'failed') item.command = { command: COMMANDS.showContentProblems.id, title: 'Show Content Problems', arguments: [node.pack.root] };
    return item;
  }

  private seen = false;
  private markSeen(): void {
    if (this.seen) return;
    this.seen = true;
    completeWalkthroughStep(this.dojo.context, 'openSidebar', CONTEXT_KEYS.sidebarSeen);
  }

  /** The key of the module holding the next unfinished item of a course (the built-in one, or a pack). */
  private nextModuleKey(pack?: string): string | undefined {
    const next = nextUnfinished(this.dojo.catalogOf({ pack }).course, this.dojo.progress.progress);
    return next ? moduleKey({ pack: next.pack, id: next.moduleId }) : undefined;
  }

  private remember(node: TreeNode, expanded: boolean): void {
    if (node.type !== 'module') return;
    const catalogs = [this.dojo.catalog(), ...this.dojo.packs.entries.flatMap((p) => (p.catalog ? [p.catalog] : []))];
    const all = catalogs.flatMap((c) => c.course.modules.map(moduleKey));
    void this.dojo.context.workspaceState.update(EXPANDED_MODULES_KEY, this.expanded.set(moduleKey(node.module), expanded, this.nextModuleKey(node.module.pack), all));
  }

  private cached(key: string, node: TreeNode): TreeNode {
    const hit = this.nodes.get(key);
    if (hit) return hit;
    this.nodes.set(key, node);
    return node;
  }

  private updateMessage(): void {
    const catalog = this.dojo.catalog();
    const errors = catalog.diagnostics.filter((d) => d.severity === 'error');
    const first = catalog.diagnostics.find((d) => d.severity === 'error');
    if (!first) {
      this.view.message = undefined;
      this.view.title = TOPICS_TITLE;
    } else if (catalog.course.modules.length === 0) {
      // VS Code hides the welcome view (and its buttons) while a message is set, and a lone view's
      // description is not shown: the view's title names the file at fault instead.
      this.view.message = undefined;
      this.view.title = `Error in ${first.file}${first.line ? `:${first.line}` : ''}`;
    } else {
      this.view.title = TOPICS_TITLE;
      this.view.message = `Some course content could not be loaded (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}), first: ${this.dojo.firstContentError()}. Run "DE Dojo: Show Content Problems".`;
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
