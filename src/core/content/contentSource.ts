/**
 * The port through which core reads the course. Core never touches a file system directly, so the
 * same loader serves the extension (files shipped in the VSIX), the CLI (any folder) and tests (an
 * in-memory twin). Paths are relative to the content root and use forward slashes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

export interface ContentSource {
  /** A description of where the content lives, for messages ("/path/to/content"). */
  readonly root: string;
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readText(relPath: string): string | undefined;
  /** Entries sorted by name, or undefined when the folder does not exist. */
  list(relPath: string): DirEntry[] | undefined;
}

export function fileSystemSource(root: string): ContentSource {
  const abs = (rel: string) => path.join(root, ...rel.split('/').filter(Boolean));
  return {
    root,
    readText(rel) {
      try {
        return fs.readFileSync(abs(rel), 'utf8');
      } catch {
        return undefined;
      }
    },
    list(rel) {
      try {
        return fs
          .readdirSync(abs(rel), { withFileTypes: true })
          .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch {
        return undefined;
      }
    },
  };
}

/** An in-memory twin for tests and generated courses: keys are relative file paths. */
export function memorySource(files: Record<string, string>, root = '<memory>'): ContentSource {
  return {
    root,
    readText: (rel) => files[rel],
    list(rel) {
      const prefix = rel === '' || rel === '.' ? '' : rel.replace(/\/$/, '') + '/';
      const seen = new Map<string, boolean>();
      for (const key of Object.keys(files)) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash === -1 ? rest : rest.slice(0, slash);
        if (name) seen.set(name, seen.get(name) === true || slash !== -1);
      }
      if (seen.size === 0) return undefined;
      return [...seen.entries()]
        .map(([name, isDirectory]) => ({ name, isDirectory }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
  };
}
