// `npm run test:integration`: the @vscode/test-electron suite, inside a real VS Code.
//
// Where it runs, in order:
//   1. the desktop VS Code at VSCODE_EXECUTABLE_PATH;
//   2. a desktop VS Code downloaded by @vscode/test-electron, when Microsoft's update server answers;
//   3. the code-server workbench (VS Code 1.100 in a browser) installed by scripts/setup-workbench.sh,
//      when it is present (DE_DOJO_CODE_SERVER or the setup script's cache folder) along with
//      Chromium: the same mocha suite runs in code-server's extension host;
//   4. otherwise it says so plainly and exits 0. It is not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'out', 'integration');
const SKIP = 'skipped: no VS Code available (set VSCODE_EXECUTABLE_PATH)';
const CODE_SERVER_VERSION = '4.100.3';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function updateServerReachable() {
  try {
    const r = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return r.ok;
  } catch {
    return false;
  }
}

function codeServerEntry() {
  const candidates = [
    process.env.DE_DOJO_CODE_SERVER,
    path.join(process.env.DE_DOJO_CACHE ?? path.join(os.homedir(), '.cache', 'de-dojo'), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  ];
  return candidates.find((c) => c && fs.existsSync(c));
}

/** The extension as it ships (dist/) and the suite bundled for the extension host. */
async function build() {
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the extension build failed');
  fs.rmSync(out, { recursive: true, force: true });
  const suites = fs.readdirSync(path.join(root, 'test', 'integration', 'suite')).filter((f) => f.endsWith('.test.ts'));
  await esbuild.build({
    entryPoints: [path.join(root, 'test', 'integration', 'index.ts'), ...suites.map((f) => path.join(root, 'test', 'integration', 'suite', f))],
    outdir: out,
    outbase: path.join(root, 'test', 'integration'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    logLevel: 'warning',
  });
}

function tempDirs() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'de-dojo-it-'));
  const dirs = { base, workspace: path.join(base, 'workspace'), userData: path.join(base, 'user-data'), extensions: path.join(base, 'extensions') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  return dirs;
}

async function runInDesktop(executable) {
  const { runTests } = await import('@vscode/test-electron');
  const dirs = tempDirs();
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(out, 'index.js'),
      launchArgs: [dirs.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${dirs.userData}`],
    });
    return 0;
  } catch (e) {
    console.error(`integration tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    fs.rmSync(dirs.base, { recursive: true, force: true });
  }
}

/** Starts code-server on a free port; resolves with its address once it listens. */
function startCodeServer(entry, dirs, env) {
  const child = spawn(
    process.execPath,
    [entry, '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', dirs.workspace],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${log}`)), 30_000);
    const onData = (d) => {
      log += d;
      const m = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited (${code}):\n${log}`)));
  });
}

async function runInCodeServer(entry) {
  const { chromium } = await import('playwright-core');
  const dirs = tempDirs();
  const resultFile = path.join(dirs.base, 'result.json');
  let server;
  let browser;
  try {
    server = await startCodeServer(entry, dirs, { DE_DOJO_IT_RESULT: resultFile });
    const authority = new URL(server.url).host;
    console.log(`integration: running the suite in the code-server workbench (VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')}) at ${server.url}`);
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${authority}${root}`],
      ['extensionTestsPath', `vscode-remote://${authority}${path.join(out, 'index.js')}`],
    ]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(payload)}`);
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (fs.existsSync(resultFile)) {
        const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
        if (r.done) {
          for (const t of r.passed) console.log(`  ✔ ${t}`);
          for (const f of r.failed) console.log(`  ✘ ${f.title}\n      ${f.error.split('\n').slice(0, 6).join('\n      ')}`);
          console.log(`${r.passed.length} passing, ${r.failed.length} failing`);
          return r.failed.length ? 1 : 0;
        }
      }
      await new Promise((res) => setTimeout(res, 250));
    }
    console.error('integration tests did not finish within 3 minutes');
    return 1;
  } finally {
    await browser?.close();
    if (server) server.child.kill();
    fs.rmSync(dirs.base, { recursive: true, force: true });
  }
}

async function main() {
  let executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable && !fs.existsSync(executable)) {
    console.error(`VSCODE_EXECUTABLE_PATH points at ${executable}, which does not exist`);
    return 1;
  }
  if (!executable && (await updateServerReachable())) {
    const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
    executable = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION ?? 'stable');
  }
  const codeServer = executable ? undefined : codeServerEntry();
  if (!executable && !(codeServer && fs.existsSync(CHROMIUM))) {
    console.log(SKIP);
    return 0;
  }
  await build();
  return executable ? runInDesktop(executable) : runInCodeServer(codeServer);
}

process.exitCode = await main();
