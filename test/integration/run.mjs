// `npm run test:integration`: the @vscode/test-electron suite, inside a real VS Code.
// VS Code comes from VSCODE_EXECUTABLE_PATH, or is downloaded when Microsoft's update server can be
// reached. Without either, the suite says so plainly and exits 0: it is not part of `npm test`
// (the workbench end-to-end test, .ci/run, is the one that always runs here).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'out', 'integration');
const SKIP = 'skipped: no VS Code available (set VSCODE_EXECUTABLE_PATH)';

async function updateServerReachable() {
  try {
    const r = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return r.ok;
  } catch {
    return false;
  }
}

async function main() {
  let executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable && !fs.existsSync(executable)) {
    console.error(`VSCODE_EXECUTABLE_PATH points at ${executable}, which does not exist`);
    return 1;
  }
  const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  if (!executable) {
    if (!(await updateServerReachable())) {
      console.log(SKIP);
      return 0;
    }
    executable = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION ?? 'stable');
  }

  // The extension as it ships (dist/), and the suite bundled for VS Code's extension host.
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
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

  // A throwaway folder as the workspace (answer files are written there) and a fresh profile.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'de-dojo-it-ws-'));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'de-dojo-it-ud-'));
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(out, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
      extensionTestsEnv: { DE_DOJO_IT_WORKSPACE: workspace },
    });
    return 0;
  } catch (e) {
    console.error(`integration tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

process.exitCode = await main();
