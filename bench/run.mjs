// `npm run bench`: builds the product, bundles the benchmark against the same sources and runs it.
// Figures are printed and written to bench/results.json. `npm run fuzz` (`run.mjs fuzz`) runs the
// hostile-answer fuzz (bench/fuzz.ts) the same way.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const [entry, rest] = process.argv[2] === 'fuzz' ? ['fuzz', process.argv.slice(3)] : ['bench', process.argv.slice(2)];
step(['esbuild.js']);
await esbuild.build({
  entryPoints: [path.join(root, 'bench', `${entry}.ts`)],
  outfile: path.join(root, 'dist', `${entry}.js`),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning',
});
step(['--expose-gc', `dist/${entry}.js`, ...rest]);
