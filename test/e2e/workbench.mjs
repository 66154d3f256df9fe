// Harness for the end-to-end test: code-server (VS Code 1.100 in the browser, installed by
// scripts/setup-workbench.sh) driven by playwright-core in Debian's Chromium.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifactsDir = path.join(repoRoot, 'test', 'e2e', 'artifacts');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs scripts/setup-workbench.sh (a no-op when everything is installed) and returns entry.js. */
export function codeServerEntry() {
  const out = execFileSync('bash', [path.join(repoRoot, 'scripts', 'setup-workbench.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const entry = out.trim().split('\n').pop();
  if (!entry || !fs.existsSync(entry)) throw new Error(`setup-workbench printed no entry.js: ${out}`);
  return entry;
}

export async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Polls `probe` until it returns a truthy value; throws with `what` after `timeout` ms. */
export async function waitFor(what, probe, { timeout = 30_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Copies the built extension, unpacked, into `extensionsDir` the way an installed VSIX lands
 * (`<publisher>.<name>-<version>/`). Only what a VSIX ships at run time goes in.
 */
export function installExtensionInto(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  const target = path.join(extensionsDir, `${id}-${pkg.version}`);
  fs.mkdirSync(target, { recursive: true });
  for (const entry of ['package.json', 'dist', 'media', 'content', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    const from = path.join(repoRoot, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
  }
  // dist/*.map files are build by-products; they stay out of a VSIX too.
  return { id, version: pkg.version, displayName: pkg.displayName, dir: target };
}

/**
 * Packages the extension as users get it (`npm run package`: production build + vsce, offline) and
 * returns the path of a copy of the VSIX in `dir`.
 */
export function packageVsix(dir) {
  const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
  const made = /Packaged: (\S+\.vsix)/.exec(r.stdout)?.[1];
  const vsix = made ? path.resolve(repoRoot, made) : path.join(repoRoot, 'de-dojo.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`npm run package made no VSIX:\n${r.stdout}`);
  const copy = path.join(dir, path.basename(vsix));
  fs.copyFileSync(vsix, copy);
  return copy;
}

/** Installs a VSIX with code-server's own installer (`--install-extension`), as a user would. */
export function installVsixInto(entry, vsix, { extensionsDir, userDataDir }) {
  const r = spawnSync(process.execPath, [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout)) {
    throw new Error(`code-server --install-extension ${vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * Starts code-server on a free loopback port. Returns { url, port, proc, stop }. The process is
 * started as its own process group so that `stop` ends it and every child it spawned (extension
 * host, pty host, file watcher), and only those.
 */
export async function startCodeServer({ entry, userDataDir, extensionsDir, folder, port, logFile }) {
  port ??= await freePort();
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    folder,
  ];
  const log = logFile ? fs.openSync(logFile, 'w') : 'ignore';
  const proc = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', log, log],
    // A config file under $HOME could turn auth back on; ours is passed in full on the command line.
    env: { ...process.env, CODE_SERVER_CONFIG: path.join(userDataDir, 'code-server.yaml') },
  });
  if (typeof log === 'number') fs.closeSync(log);
  let exited = null;
  proc.on('exit', (code, signal) => (exited = { code, signal }));

  const stop = async () => {
    if (exited || proc.pid === undefined) return;
    const kill = (sig) => {
      try {
        process.kill(-proc.pid, sig);
      } catch {
        /* already gone */
      }
    };
    kill('SIGTERM');
    const t = setTimeout(() => kill('SIGKILL'), 5_000);
    if (!exited) await once(proc, 'exit').catch(() => {});
    clearTimeout(t);
    kill('SIGKILL'); // children that outlived their parent
  };
  // Never leave it behind, even if the test process is stopped from outside.
  const onExit = () => {
    try {
      if (!exited) process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  process.once('exit', onExit);
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => (onExit(), process.exit(130)));

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      `code-server to answer on ${url}/healthz`,
      async () => {
        if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, proc, stop };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** User settings every e2e profile starts from: no welcome page, tips or recommendations over the screenshots. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

// One build or one VSIX per process, however many workbenches a file starts.
let builtOnce = false;
let packagedVsix;

/**
 * A fresh workbench with DE Dojo installed, open in Chromium: its own user data and workspace in a
 * temp folder (`prepareWorkspace(workspace)` fills it first), QUIET_SETTINGS plus `settings`. What
 * users install (the VSIX of `npm run package`) unless DE_DOJO_E2E_INSTALL=copy asks for the dev
 * build, copied unpacked. `close()` ends the browser and code-server and removes the folder.
 */
export async function launchWorkbench({ prefix, settings = {}, prepareWorkspace, viewport = { width: 1600, height: 1000 }, logFile }) {
  const entry = codeServerEntry();
  const tmp = tempDir(prefix);
  const extensionsDir = path.join(tmp, 'extensions');
  const userDataDir = path.join(tmp, 'user-data');
  const workspace = path.join(tmp, 'workspace');
  for (const dir of [extensionsDir, path.join(userDataDir, 'User'), workspace]) fs.mkdirSync(dir, { recursive: true });
  prepareWorkspace?.(workspace);
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  if (process.env.DE_DOJO_E2E_INSTALL === 'copy') {
    if (!builtOnce) execFileSync(process.execPath, [path.join(repoRoot, 'esbuild.js')], { cwd: repoRoot, stdio: 'inherit' });
    builtOnce = true;
    installExtensionInto(extensionsDir);
  } else {
    packagedVsix ??= packageVsix(tempDir('de-dojo-vsix-'));
    installVsixInto(entry, packagedVsix, { extensionsDir, userDataDir });
  }
  const cs = await startCodeServer({ entry, userDataDir, extensionsDir, folder: workspace, logFile });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: cs.url });
  const page = await context.newPage();
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  const close = async () => {
    await browser.close().catch(() => {});
    await cs.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { tmp, workspace, userDataDir, extensionsDir, cs, browser, page, close };
}
