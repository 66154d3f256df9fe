// The ids the command files register, read from their sources (the files import 'vscode', which
// unit tests do not load): each command file names its id as `id: COMMANDS.<key>.id`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/vscode/commandIds';

const dir = path.join(__dirname, '..', '..', 'src', 'vscode', 'commands');

function registeredIds(): string[] {
  const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8');
  const listed = [...index.matchAll(/import \{ (\w+Command) \} from '\.\/(\w+)'/g)].map((m) => ({ name: m[1], file: m[2] }));
  const inList = new Set([...(index.match(/ALL_COMMANDS[^=]*=\s*\[([\s\S]*?)\]/)?.[1] ?? '').matchAll(/(\w+Command)/g)].map((m) => m[1]));
  return listed
    .filter((l) => inList.has(l.name))
    .map((l) => {
      const src = fs.readFileSync(path.join(dir, `${l.file}.ts`), 'utf8');
      const key = new RegExp(`export const ${l.name}[^=]*=\\s*\\{\\s*id: COMMANDS\\.(\\w+)\\.id`).exec(src)?.[1];
      if (!key || !(key in COMMANDS)) throw new Error(`${l.file}.ts: cannot find "id: COMMANDS.<key>.id" for ${l.name}`);
      return COMMANDS[key as keyof typeof COMMANDS].id;
    });
}

export const ALL_COMMANDS_FOR_TEST = registeredIds();
