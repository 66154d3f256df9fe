// The worker and CLI tests run the built files (dist/), exactly as users do: build them first so a
// test never runs stale code.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'esbuild.js')], { stdio: 'inherit' });
}
