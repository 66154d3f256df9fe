// `npm run bench`: builds the product, bundles the benchmark against the same sources and runs it.
// Figures are printed and written to bench/results.json.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step(['esbuild.js']);
await esbuild.build({
  entryPoints: [path.join(root, 'bench', 'bench.ts')],
  outfile: path.join(root, 'dist', 'bench.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning',
});
step(['--expose-gc', 'dist/bench.js', ...process.argv.slice(2)]);
