// Builds every target in one go: the extension host bundle, the grading worker, the CLI and the
// webview scripts. `node esbuild.js --watch` rebuilds on change; `--production` minifies.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = path.join(__dirname, 'dist');

// zod bundles every locale (about 170 KB minified) through `z.locales`; DE Dojo only ever uses the
// English messages zod installs by default, so the locales index is replaced by English alone.
/** @type {import('esbuild').Plugin} */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-en' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const node = {
  plugins: [zodEnglishOnly],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

const targets = [
  // The extension proper stays small so activation is cheap; the course loader and the Markdown
  // renderer (YAML, zod, markdown-it, highlight.js) are a second bundle it requires on first use.
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './extension-course.js'] },
  { ...node, entryPoints: ['src/vscode/course.ts'], outfile: 'dist/extension-course.js' },
  { ...node, entryPoints: ['src/core/grading/worker.ts'], outfile: 'dist/grading-worker.js' },
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const webviewDir = path.join(__dirname, 'src', 'webview');
if (fs.existsSync(webviewDir)) {
  const entries = fs.readdirSync(webviewDir).filter((f) => /Main\.ts$/.test(f)).map((f) => path.join('src/webview', f));
  if (entries.length) {
    targets.push({
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      entryPoints: entries,
      outdir: 'dist/webview',
    });
  }
}

function copyAssets() {
  fs.mkdirSync(dist, { recursive: true });
  fs.copyFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'), path.join(dist, 'sql-wasm.wasm'));
}

async function main() {
  copyAssets();
  if (watch) {
    const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('esbuild: watching');
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build(t)));
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
