/**
 * The Topics view: modules, then their lessons, problems and quizzes in course order. Elements are
 * domain data (TopicNode); describeNode (core) decides how each looks; this file only maps that
 * onto TreeItems and refreshes when progress or the course changes.
 */
import * as vscode from 'vscode';
import { describeNode, type TopicNode } from '../../core/progress/treeDescription';
import { COMMANDS, TOPICS_VIEW } from '../commandIds';

const TOPICS_TITLE = 'Topics';
import type { Dojo } from '../dojo';

export class TopicsTree implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TopicNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Nodes are cached by id so that getParent and reveal see the same objects. */
  private nodes = new Map<string, TopicNode>();

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

  getTreeItem(node: TopicNode): vscode.TreeItem {
    const d = describeNode(node, this.dojo.progress.progress);
    const item = new vscode.TreeItem(d.label, d.collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.type === 'module' ? `module:${node.module.id}` : `${node.item.kind}:${node.item.id}`;
    item.description = d.description;
    item.iconPath = new vscode.ThemeIcon(d.icon, d.iconColor ? new vscode.ThemeColor(d.iconColor) : undefined);
    item.contextValue = d.contextValue;
    item.tooltip = new vscode.MarkdownString(d.tooltip);
    item.accessibilityInformation = { label: d.accessibilityLabel };
    if (node.type === 'item') item.command = { command: COMMANDS.openItem.id, title: 'Open', arguments: [node] };
    return item;
  }

  getChildren(node?: TopicNode): TopicNode[] {
    const course = this.dojo.catalog().course;
    if (!node) {
      this.updateMessage();
      return course.modules.map((module) => this.cached(`module:${module.id}`, { type: 'module', module }));
    }
    if (node.type === 'module') return node.module.items.map((item) => this.cached(`item:${item.id}`, { type: 'item', item }));
    return [];
  }

  getParent(node: TopicNode): TopicNode | undefined {
    if (node.type === 'module') return undefined;
    const module = this.dojo.catalog().course.modules.find((m) => m.id === node.item.moduleId);
    return module ? this.cached(`module:${module.id}`, { type: 'module', module }) : undefined;
  }

  /** Shows the item in the tree (when the view is visible), e.g. after Continue. */
  async reveal(itemId: string): Promise<void> {
    const item = this.dojo.catalog().course.items.get(itemId);
    if (!item || !this.view.visible) return;
    try {
      await this.view.reveal(this.cached(`item:${item.id}`, { type: 'item', item }), { select: true, focus: false, expand: false });
    } catch {
      // The tree may be mid-refresh; revealing is a courtesy.
    }
  }

  private cached(key: string, node: TopicNode): TopicNode {
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
