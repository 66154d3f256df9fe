// Runs the suite's mocha tests inside VS Code's extension host (desktop VS Code through
// @vscode/test-electron, or the code-server workbench through run.mjs). When DE_DOJO_IT_RESULT is
// set, a summary is also written there as JSON, for runners that cannot read the host's exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Summary {
  passed: string[];
  failed: { title: string; error: string }[];
  done: boolean;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: !process.env.DE_DOJO_IT_RESULT, timeout: 30_000 });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  const summary: Summary = { passed: [], failed: [], done: false };
  const write = () => {
    const file = process.env.DE_DOJO_IT_RESULT;
    if (file) fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      summary.done = true;
      write();
      if (failures) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => summary.passed.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => summary.failed.push({ title: t.fullTitle(), error: err?.stack ?? String(err) }));
  });
}
