/**
 * The Topics view: modules, then their lessons, problems and quizzes in course order. Elements are
 * domain data (TopicNode); describeNode (core) decides how each looks; this file only maps that
 * onto TreeItems and refreshes when progress or the course changes.
 */
import * as vscode from 'vscode';
import { itemKey, moduleKey } from '../../core/content/packs';
import { describeNode, type TopicNode } from '../../core/progress/treeDescription';
import { courseNodeId, describeCourseNode, type CourseNode, type TreeNode } from '../views/courseNode';
import type { Module } from '../../core/content/model';
import { COMMANDS, TOPICS_VIEW } from '../commandIds';

const TOPICS_TITLE = 'Topics';
import type { Dojo } from '../dojo';

export class TopicsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Nodes are cached by id so that getParent and reveal see the same objects. */
  private nodes = new Map<string, TreeNode>();

  constructor(private readonly dojo: Dojo) {
    this.view = vscode.window.createTreeView(TOPICS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      dojo.progress.onDidChange(() => this.changed.fire(undefined)),
      dojo.onDidChangeCatalog(() => {
        this.nodes.clear();
        this.updateMessage();
        this.changed.fire(undefined);
      }),
    );
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.type === 'course') return this.courseItem(node);
    const d = describeNode(node, this.dojo.progressFor(node.type === 'module' ? node.module : node.item));
    const item = new vscode.TreeItem(d.label, d.collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.type === 'module' ? `module:${moduleKey(node.module)}` : `${node.item.kind}:${itemKey(node.item)}`;
    item.description = d.description;
    item.iconPath = new vscode.ThemeIcon(d.icon, d.iconColor ? new vscode.ThemeColor(d.iconColor) : undefined);
    item.contextValue = d.contextValue;
    item.tooltip = new vscode.MarkdownString(d.tooltip);
    item.accessibilityInformation = { label: d.accessibilityLabel };
    if (node.type === 'item') item.command = { command: COMMANDS.openItem.id, title: 'Open', arguments: [node] };
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      const course = this.dojo.catalog().course;
      this.updateMessage();
      // With no course packs the built-in course's modules are the top level, as they always were;
      // with packs, each course (built-in first) is a node of its own.
      const packs = this.dojo.packs.entries;
      if (packs.length === 0) return course.modules.map((module) => this.moduleNode(module));
      return [this.courseNode(undefined), ...packs.map((pack) => this.courseNode(pack.root))];
    }
    if (node.type === 'course') return node.pack?.state === 'failed' ? [] : this.dojo.catalogOf({ pack: node.pack?.id }).course.modules.map((module) => this.moduleNode(module));
    if (node.type === 'module') return node.module.items.map((item) => this.cached(`item:${itemKey(item)}`, { type: 'item', item }));
    return [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.type === 'course') return undefined;
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
    const d = describeCourseNode(node, course, this.dojo.progressFor(scope));
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
