// The authors' documentation stays true to the code, and the repository stands on its own.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, isBarCode } from '../../src/core/content/codes';

const root = path.join(__dirname, '..', '..');
const authoring = fs.readFileSync(path.join(root, 'docs', 'authoring.md'), 'utf8');

describe('docs', () => {
  it('docs/authoring.md lists every finding code, bar codes in the bar table', () => {
    for (const code of Object.keys(CODES) as (keyof typeof CODES)[]) {
      const row = authoring.split('\n').find((l) => l.startsWith(`| ${code} |`));
      expect(row, code).toBeDefined();
    }
    const barTable = authoring.slice(authoring.indexOf('**The authoring bar**'));
    for (const code of Object.keys(CODES) as (keyof typeof CODES)[]) {
      expect(barTable.includes(`| ${code} |`), code).toBe(isBarCode(code));
    }
  });

  it('no file of the project points outside the repository', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    // .ci/run runs an optional originality check from the reviewers' folder when CI has it beside the
    // clone; it is CI's business, not a link a user follows (owned by the lead).
    const outside = /\.\.\/shared\/(design|tools|reviews|specs|seeds)|\/work\/shared/;
    const offenders = files.filter((f) => f !== '.ci/run' && fs.existsSync(path.join(root, f)) && outside.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
