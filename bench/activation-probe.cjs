// Measures the extension's activation outside VS Code: loads dist/extension.js against a minimal
// stand-in for the `vscode` module (only what activation touches), calls activate() and reports
// the time it took, and whether sql.js or the grading worker were touched. Prints one JSON line.
// Run in a fresh process (bench/activation.ts does) so module loading is measured honestly.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const root = process.argv[2] ?? path.join(__dirname, '..');
const disposable = () => ({ dispose() {} });
class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (l) => (this.listeners.add(l), { dispose: () => this.listeners.delete(l) });
  }
  fire(e) {
    for (const l of this.listeners) l(e);
  }
  dispose() {
    this.listeners.clear();
  }
}
class Uri {
  constructor(fsPath) {
    this.scheme = 'file';
    this.fsPath = fsPath;
    this.path = fsPath;
  }
  static file(p) {
    return new Uri(p);
  }
  static joinPath(u, ...parts) {
    return new Uri(path.join(u.fsPath, ...parts));
  }
  toString() {
    return `file://${this.fsPath}`;
  }
}
const counts = { commands: 0, treeViews: 0, serializers: 0 };
const vscode = {
  EventEmitter,
  Uri,
  ThemeIcon: class {},
  ThemeColor: class {},
  TreeItem: class {},
  MarkdownString: class {},
  Range: class {},
  Position: class {},
  Diagnostic: class {},
  CodeLens: class {},
  StatusBarAlignment: { Left: 1, Right: 2 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1 },
  ProgressLocation: { Window: 10, Notification: 15 },
  DiagnosticSeverity: { Error: 0 },
  QuickPickItemKind: { Separator: -1 },
  window: {
    createOutputChannel: () => ({ info() {}, warn() {}, error: (m) => process.env.PROBE_DEBUG && console.error(m), show() {}, dispose() {} }),
    createTreeView: () => (
      counts.treeViews++,
      {
        dispose() {},
        visible: false,
        message: undefined,
        onDidChangeVisibility: () => disposable(),
        onDidExpandElement: () => disposable(),
        onDidCollapseElement: () => disposable(),
        reveal: async () => undefined,
      }
    ),
    registerWebviewPanelSerializer: () => (counts.serializers++, disposable()),
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
    onDidChangeActiveTextEditor: () => disposable(),
    showErrorMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showInformationMessage: async () => undefined,
    activeTextEditor: undefined,
    visibleTextEditors: [],
  },
  commands: {
    registerCommand: () => (counts.commands++, disposable()),
    executeCommand: async () => undefined,
  },
  languages: {
    createDiagnosticCollection: () => ({ set() {}, delete() {}, get() {}, dispose() {} }),
    registerCodeLensProvider: () => disposable(),
  },
  workspace: {
    getConfiguration: () => ({ get: (_k, fallback) => fallback }),
    onDidChangeConfiguration: () => disposable(),
    onDidCloseTextDocument: () => disposable(),
    onDidSaveTextDocument: () => disposable(),
    onDidChangeWorkspaceFolders: () => disposable(),
    onDidChangeTextDocument: () => disposable(),
    createFileSystemWatcher: () => ({ onDidCreate: () => disposable(), onDidDelete: () => disposable(), onDidChange: () => disposable(), dispose() {} }),
    findFiles: async () => [],
    getWorkspaceFolder: () => undefined,
    workspaceFolders: undefined,
    textDocuments: [],
  },
  env: {},
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const memento = { get: () => undefined, update: async () => undefined, setKeysForSync() {}, keys: () => [] };
const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: Uri.file(root),
  globalStorageUri: Uri.file(path.join(root, '.bench-storage')),
  globalState: memento,
  workspaceState: memento,
};

const t0 = performance.now();
const ext = require(path.join(root, 'dist', 'extension.js'));
const t1 = performance.now();
const api = ext.activate(context);
const t2 = performance.now();
// activate() catches its own errors and returns undefined: a failed activation must not pass as a fast one.
if (!api) {
  console.error('activate() returned undefined: activation failed (a vscode API missing from this stand-in?)');
  process.exit(1);
}
const loaded = Object.keys(require.cache);
console.log(
  JSON.stringify({
    requireMs: t1 - t0,
    activateMs: t2 - t1,
    reportedActivationMs: api?.activationMs,
    sqlJsLoaded: loaded.some((f) => /sql-wasm|sql\.js/.test(f)),
    workerStarted: api ? api.gradingStarted() : null,
    courseLoaded: loaded.some((f) => f.endsWith('extension-course.js')),
    subscriptions: context.subscriptions.length,
    ...counts,
  }),
);
for (const d of context.subscriptions) d.dispose?.();
