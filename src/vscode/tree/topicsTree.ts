/**
 * The Topics view: a "Start here" / "Continue" row naming the next unfinished item, then the
 * modules with their lessons, problems and quizzes in course order. Elements are domain data
 * (TopicNode); describeNode (core) decides how each looks; this file only maps that onto
 * TreeItems, refreshes when progress or the course changes, and remembers expanded modules.
 */
import * as vscode from 'vscode';
import { nextUnfinished } from '../../core/progress/navigation';
import { describeNode, ExpandedModules, nextNode, type TopicNode } from '../../core/progress/treeDescription';
import { COMMANDS, CONTEXT_KEYS, EXPANDED_MODULES_KEY, TOPICS_VIEW } from '../commandIds';
import type { Dojo } from '../dojo';
import { completeWalkthroughStep } from '../walkthrough';

const TOPICS_TITLE = 'Topics';

export class TopicsTree implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TopicNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Nodes are cached by id so that getParent and reveal see the same objects. */
  private nodes = new Map<string, TopicNode>();
  private readonly expanded: ExpandedModules;

  constructor(private readonly dojo: Dojo) {
    this.expanded = new ExpandedModules(dojo.context.workspaceState.get(EXPANDED_MODULES_KEY));
    this.view = vscode.window.createTreeView(TOPICS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility(() => this.view.visible && this.markSeen()),
      this.view.onDidExpandElement((e) => this.remember(e.element, true)),
      this.view.onDidCollapseElement((e) => this.remember(e.element, false)),
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
    const state = !d.collapsible
      ? vscode.TreeItemCollapsibleState.None
      : node.type === 'module' && this.expanded.isExpanded(node.module.id, this.nextModuleId())
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(d.label, state);
    item.id = node.type === 'module' ? `module:${node.module.id}` : node.type === 'next' ? 'next' : `${node.item.kind}:${node.item.id}`;
    item.description = d.description;
    item.iconPath = new vscode.ThemeIcon(d.icon, d.iconColor ? new vscode.ThemeColor(d.iconColor) : undefined);
    item.contextValue = d.contextValue;
    item.tooltip = new vscode.MarkdownString(d.tooltip);
    item.accessibilityInformation = { label: d.accessibilityLabel };
    if (node.type !== 'module') item.command = { command: COMMANDS.openItem.id, title: 'Open', arguments: [{ type: 'item', item: node.item }] };
    return item;
  }

  getChildren(node?: TopicNode): TopicNode[] {
    const course = this.dojo.catalog().course;
    if (!node) {
      // Asked for its rows only when the view is on screen: the walkthrough's first step ticks on
      // this, also when the view was already open before the walkthrough (or the window) started.
      this.markSeen();
      this.updateMessage();
      const next = nextNode(course, this.dojo.progress.progress);
      const modules = course.modules.map((module) => this.cached(`module:${module.id}`, { type: 'module', module }));
      return next ? [next, ...modules] : modules;
    }
    if (node.type === 'module') return node.module.items.map((item) => this.cached(`item:${item.id}`, { type: 'item', item }));
    return [];
  }

  getParent(node: TopicNode): TopicNode | undefined {
    if (node.type !== 'item') return undefined;
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

  private seen = false;
  private markSeen(): void {
    if (this.seen) return;
    this.seen = true;
    completeWalkthroughStep(this.dojo.context, 'openSidebar', CONTEXT_KEYS.sidebarSeen);
  }

  private nextModuleId(): string | undefined {
    return nextUnfinished(this.dojo.catalog().course, this.dojo.progress.progress)?.moduleId;
  }

  private remember(node: TopicNode, expanded: boolean): void {
    if (node.type !== 'module') return;
    const all = this.dojo.catalog().course.modules.map((m) => m.id);
    void this.dojo.context.workspaceState.update(EXPANDED_MODULES_KEY, this.expanded.set(node.module.id, expanded, this.nextModuleId(), all));
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
