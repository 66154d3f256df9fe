#!/usr/bin/env node
// `npm start`: build DE Dojo and open it.
//   - In VS Code when `code` is on the PATH: an Extension Development Host running this working tree.
//   - Otherwise in a browser-based VS Code (code-server 4.100.3, installed on first use by
//     scripts/setup-workbench.sh) serving 127.0.0.1 only; prints the address to open and stays in
//     the foreground until Ctrl+C, then stops code-server.
//
// Environment:
//   PORT=8080                 port for code-server (default: a free one)
//   DE_DOJO_WORKSPACE=<dir>   the folder to open (default: ~/de-dojo-practice; answers are saved there)
//   DE_DOJO_WORKBENCH=code-server   use code-server even when `code` is available
//   DE_DOJO_CACHE=<dir>       where code-server and its profile live (default: ~/.cache/de-dojo)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.DE_DOJO_CACHE || path.join(os.homedir(), '.cache', 'de-dojo');
const workspace = path.resolve(process.env.DE_DOJO_WORKSPACE || path.join(os.homedir(), 'de-dojo-practice'));
const log = (msg) => console.log(`[de-dojo] ${msg}`);

function fail(msg) {
  console.error(`[de-dojo] ${msg}`);
  process.exit(1);
}

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function build() {
  log('building the extension (node esbuild.js)');
  const r = spawnSync(process.execPath, [path.join(repo, 'esbuild.js')], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) fail('the build failed');
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function openInVsCode() {
  log(`opening VS Code with DE Dojo from ${repo} (folder ${workspace})`);
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${repo}`, workspace], { stdio: 'inherit' });
  if (r.status !== 0) fail(`\`code\` exited with ${r.status}; try DE_DOJO_WORKBENCH=code-server npm start`);
  log('VS Code is starting: the DE Dojo icon is in the activity bar.');
}

/**
 * The extension as installed: <extensions>/de-dojo.de-dojo-<version> is a link to this working
 * tree, so a rebuild (`node esbuild.js --watch`) plus "Developer: Reload Window" picks up changes.
 */
function installFromWorkingTree(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  fs.mkdirSync(extensionsDir, { recursive: true });
  const prefix = `${pkg.publisher}.${pkg.name}-`.toLowerCase();
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.toLowerCase().startsWith(prefix)) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  // VS Code keeps a cache of installed extensions here; a stale one would hide the link.
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
  fs.symlinkSync(repo, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
}

async function choosePort() {
  if (!process.env.PORT) return freePort();
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT=${process.env.PORT} is not a port number`);
  if (!(await portFree(port))) fail(`port ${port} on 127.0.0.1 is in use; pick another PORT or leave it unset`);
  return port;
}

async function openInCodeServer(port) {
  const setup = spawnSync('bash', [path.join(repo, 'scripts', 'setup-workbench.sh')], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (setup.status !== 0) fail('scripts/setup-workbench.sh failed (see above)');
  const entry = setup.stdout.trim().split('\n').pop();

  const home = path.join(cache, 'workbench');
  const extensionsDir = path.join(home, 'extensions');
  const userDataDir = path.join(home, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  installFromWorkingTree(extensionsDir);
  // First start: no "Setup VS Code Web" page in front of DE Dojo, no telemetry. Later edits kept.
  const settings = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.writeFileSync(settings, `${JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' }, null, 2)}\n`);
  }

  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    workspace,
  ];
  const logFile = path.join(home, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    detached: true, // its own process group: stopping it stops its extension host and helpers too
    stdio: ['ignore', out, out],
    env: { ...process.env, CODE_SERVER_CONFIG: path.join(home, 'code-server.yaml') },
  });
  fs.closeSync(out);

  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      process.exit(code);
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      try {
        process.kill(-child.pid, 'SIGKILL'); // helpers that outlived it
      } catch {
        /* gone */
      }
      process.exit(code);
    });
  };
  process.on('SIGINT', () => (log('stopping code-server'), stop(0)));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  child.on('exit', (code, signal) => {
    if (!stopping) fail(`code-server stopped (${signal ?? `exit ${code}`}); its log: ${logFile}`);
  });

  const base = `http://127.0.0.1:${port}`;
  if (!(await waitForHttp(`${base}/healthz`, child, 60_000))) {
    console.error(fs.readFileSync(logFile, 'utf8'));
    stop(1);
    return;
  }
  const url = `${base}/?folder=${encodeURIComponent(workspace)}`;
  console.log('');
  log('DE Dojo is running in VS Code for the browser (code-server 4.100.3, VS Code 1.100).');
  log(`Open ${url}`);
  log('(from another machine: ssh -L ' + `${port}:127.0.0.1:${port} <this host>, then the same address)`);
  log(`Your answers are saved in ${workspace}. Ctrl+C stops the server.`);
}

const useCodeServer = process.env.DE_DOJO_WORKBENCH === 'code-server' || !onPath('code');
fs.mkdirSync(workspace, { recursive: true });
if (useCodeServer) {
  const port = await choosePort();
  build();
  await openInCodeServer(port);
} else {
  build();
  openInVsCode();
}
