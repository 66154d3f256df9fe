// The authors' command line as they run it (the built dist/cli.js): scaffolding with `new`,
// `validate` (text, JSON, --watch), and output piped into a reader that stops early (D12).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODES, isBarCode } from '../../src/core/content/codes';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dojo-authoring-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Report = { ok: boolean; counts: Record<string, number>; diagnostics: { code: keyof typeof CODES; file: string; line?: number; severity: string }[] };

describe('de-dojo new', () => {
  const pack = path.join(tmp, 'my-pack');

  it('scaffolds a course and every kind of item that load, grade and validate, with TODOs reported', () => {
    expect(run(tmp, 'new', 'course', 'my-pack').code).toBe(0);
    for (const [kind, id] of [
      ['lesson', 'intro'],
      ['problem', 'totals'],
      ['pipeline', 'balances'],
      ['quiz', 'intro-check'],
      ['module', 'more'],
    ]) {
      const r = run(pack, 'new', kind, id);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
    expect(run(pack, 'new', 'problem', 'second', '--module', 'basics').code).toBe(0);
    expect(fs.readFileSync(path.join(pack, 'modules/basics/module.yaml'), 'utf8')).toMatch(/items: \[intro, totals, balances, intro-check, second\]/);
    expect(fs.readFileSync(path.join(pack, 'course.yaml'), 'utf8')).toMatch(/- basics\n {2}- more\n/);

    const r = run(pack, 'validate', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(report.counts).toEqual({ modules: 2, lessons: 1, problems: 3, quizzes: 1 });
    // Only the authoring bar: the TODOs (DD120) and what a fresh lesson lacks. No defect: every
    // scaffolded problem's reference passes, its alt agrees, its wrong answers fail.
    const codes = new Set(report.diagnostics.map((d) => d.code));
    expect([...codes].filter((c) => !isBarCode(c))).toEqual([]);
    expect(codes).toContain('DD120');
    for (const f of ['modules/basics/problems/totals/solution.sql', 'modules/basics/problems/balances/solution.sql', 'modules/basics/lessons/intro.md', 'modules/basics/quizzes/intro-check.yaml']) {
      expect(report.diagnostics.some((d) => d.code === 'DD120' && d.file === f && d.line !== undefined), f).toBe(true);
    }

    // strict: false turns the bar into warnings: the pack is usable while it is being written.
    fs.writeFileSync(path.join(pack, 'course.yaml'), fs.readFileSync(path.join(pack, 'course.yaml'), 'utf8').replace('strict: true', 'strict: false'));
    const relaxed = run(tmp, 'validate', pack);
    expect(relaxed.code).toBe(0);
    expect(relaxed.out).toMatch(/^OK, \d+ warning\(s\): 2 modules, 1 lessons, 3 problems, 1 quizzes/m);
  }, 120_000);

  it('refuses a bad id, an existing item, and a folder that is not a course, without writing', () => {
    expect(run(tmp, 'new', 'course', 'Bad_Id').code).toBe(2);
    expect(run(tmp, 'new', 'course', 'my-pack').err).toMatch(/already exists/);
    expect(run(pack, 'new', 'lesson', 'intro').err).toMatch(/id "intro" is already used by modules\/basics\/lessons\/intro\.md/);
    expect(run(pack, 'new', 'quiz', 'totals', '--module', 'more').err).toMatch(/already used/);
    expect(fs.existsSync(path.join(pack, 'modules/more/quizzes'))).toBe(false);
    const r = run(tmp, 'new', 'lesson', 'stray');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no course\.yaml/);
    expect(fs.existsSync(path.join(tmp, 'lessons'))).toBe(false);
  });
});

describe('de-dojo validate --watch', () => {
  it('validates again when a file changes', async () => {
    const dir = path.join(tmp, 'watched');
    expect(run(tmp, 'new', 'course', 'watched').code).toBe(0);
    const child = spawn(process.execPath, [cli, 'validate', dir, '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 300 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 50));
      expect(out).toMatch(re);
    };
    try {
      await waitFor(/Watching /);
      fs.writeFileSync(path.join(dir, 'modules/basics/module.yaml'), 'id: basics\ntitle: B\nsummary: S\nitems: [ghost]\n');
      await waitFor(/validating again[\s\S]*module\.yaml:4: error DD103/);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});

describe('output into a reader that stops early (D12)', () => {
  /** Runs the CLI with its stdout pipe closed before it writes: every write meets EPIPE. */
  function closedStdout(...args: string[]): Promise<{ code: number | null; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (b) => (err += b));
      child.on('close', (code) => resolve({ code, err }));
    });
  }

  it.each([
    ['list', ['list'], 0],
    ['a correct check', ['check', 'latest-per-key', path.join(root, 'content/modules/foundations/problems/latest-per-key/solution.sql')], 0],
    ['a correct pipeline check', ['check', 'cdc-upsert', path.join(root, 'content/modules/batch/problems/cdc-upsert/solution.sql')], 0],
    // A small course: the point is the closed pipe, not proving the whole shipped course again.
    ['validate', ['validate', path.join(root, 'test/fixtures/packs/shop-pack')], 0],
  ])('%s exits quietly with its own exit code', async (_what, args, code) => {
    const r = await closedStdout(...(args as string[]));
    expect(r.err).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(code);
  }, 60_000);

  it('de-dojo list | head -1 prints one line and no error', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" list | head -1`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
