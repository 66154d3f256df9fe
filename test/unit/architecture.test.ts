// The layering rules of the README's Architecture section, enforced: core, shared and cli never
// import 'vscode' (type imports included); webview code imports only src/shared.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(abs, f));
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs;
}

describe('architecture rules', () => {
  it('the import scanner sees every form of import (so the rules below can fail)', () => {
    expect(importsOf(`import type * as vscode from 'vscode';`)).toEqual(['vscode']);
    expect(importsOf(`import { x } from "vscode"`)).toEqual(['vscode']);
    expect(importsOf(`const v = require('vscode')`)).toEqual(['vscode']);
    expect(importsOf(`export { a } from '../core/x'`)).toEqual(['../core/x']);
    expect(importsOf(`await import('vscode')`)).toEqual(['vscode']);
  });

  for (const layer of ['src/core', 'src/shared', 'src/cli']) {
    it(`${layer} never imports vscode`, () => {
      const files = sourceFiles(layer);
      // core and cli always exist; an empty folder would make this rule pass vacuously.
      if (layer !== 'src/shared') expect(files.length).toBeGreaterThan(0);
      const offenders = files.filter((f) => importsOf(fs.readFileSync(f, 'utf8')).includes('vscode')).map((f) => path.relative(root, f));
      expect(offenders).toEqual([]);
    });
  }

  it('src/shared imports nothing from the project', () => {
    const offenders = sourceFiles('src/shared').flatMap((f) =>
      importsOf(fs.readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('.') && !path.resolve(path.dirname(f), s).startsWith(path.join(root, 'src', 'shared')))
        .map((s) => `${path.relative(root, f)} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/webview imports only src/shared (and its own files)', () => {
    const offenders = sourceFiles('src/webview').flatMap((f) =>
      importsOf(fs.readFileSync(f, 'utf8'))
        .filter((s) => {
          if (!s.startsWith('.')) return true; // no packages, no vscode, no node modules in the browser bundle
          const target = path.resolve(path.dirname(f), s);
          return !target.startsWith(path.join(root, 'src', 'shared')) && !target.startsWith(path.join(root, 'src', 'webview'));
        })
        .map((s) => `${path.relative(root, f)} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('core never reaches into the front ends', () => {
    const offenders = sourceFiles('src/core').flatMap((f) =>
      importsOf(fs.readFileSync(f, 'utf8'))
        .filter((s) => /\/(vscode|cli|webview)\//.test(path.resolve(path.dirname(f), s) + '/'))
        .filter((s) => s.startsWith('.'))
        .map((s) => `${path.relative(root, f)} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
