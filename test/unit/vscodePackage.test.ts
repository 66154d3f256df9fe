// What the VSIX carries (`vsce ls`, the same file list `npm run package` zips): everything the
// extension needs at run time, and no sources, maps, tests or dependencies. Needs a build (npm test
// builds first).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..', '..');

describe('the VSIX file list', () => {
  const files = execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  it('has the runtime files: both extension bundles, the worker and its wasm, the webviews, media and content', () => {
    for (const f of [
      'package.json',
      'dist/extension.js',
      'dist/extension-course.js',
      'dist/grading-worker.js',
      'dist/sql-wasm.wasm',
      'dist/webview/lessonMain.js',
      'dist/webview/problemMain.js',
      'dist/webview/quizMain.js',
      'media/webview.css',
      'media/dojo.svg',
      'media/icon.png',
      'content/course.yaml',
    ]) {
      expect(files, f).toContain(f);
    }
  });

  it('every file package.json points at is in it (main, icon, and every contributed icon or walkthrough page)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const referenced: string[] = [pkg.main, pkg.icon];
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && /^(\.\/)?(media|dist|content)\/[^\s]+\.[a-z]+$/.test(v)) referenced.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(pkg.contributes);
    // The walk must see the walkthrough's pages, or this test proves less than it says.
    expect(referenced.some((r) => r.includes('walkthrough/'))).toBe(true);
    const missing = referenced.map((r) => r.replace(/^\.\//, '')).filter((r) => !files.includes(r));
    expect(missing).toEqual([]);
  });

  it('leaves the README screenshots out', () => {
    expect(files.filter((f) => f.startsWith('media/screenshots/'))).toEqual([]);
  });

  it('leaves out sources, source maps, tests, benchmarks, the CLI and node_modules', () => {
    const offenders = files.filter((f) => /^(src|test|bench|node_modules|out|scripts)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') || f === 'dist/cli.js' || f === 'dist/bench.js');
    expect(offenders).toEqual([]);
  });
});
