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
  /**
   * Files read so far that are not valid UTF-8, with the line of the first bad byte. readText
   * still returns their text (bad bytes as U+FFFD) so loading goes on; the validator reports them.
   */
  readonly undecodable?: ReadonlyMap<string, number>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

/** Decodes UTF-8, recording the line of the first invalid byte instead of hiding it. */
export function decodeContent(bytes: Uint8Array, rel: string, undecodable: Map<string, number>): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    undecodable.set(rel, lineOfFirstInvalidByte(bytes));
    return lossyUtf8.decode(bytes);
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode prefixes that end on line breaks: the first that fails holds the bad byte.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

export function fileSystemSource(root: string): ContentSource {
  const abs = (rel: string) => path.join(root, ...rel.split('/').filter(Boolean));
  const undecodable = new Map<string, number>();
  return {
    root,
    undecodable,
    readText(rel) {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(abs(rel));
      } catch {
        return undefined;
      }
      return decodeContent(bytes, rel, undecodable);
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
export function memorySource(files: Record<string, string | Uint8Array>, root = '<memory>'): ContentSource {
  const undecodable = new Map<string, number>();
  return {
    root,
    undecodable,
    readText(rel) {
      const f = files[rel];
      return typeof f === 'string' || f === undefined ? f : decodeContent(f, rel, undecodable);
    },
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
