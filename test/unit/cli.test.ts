// The command line as a user runs it: the built dist/cli.js, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const problemDir = path.join(root, 'content', 'modules', 'foundations', 'problems', 'latest-per-key');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dojo-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function answer(name: string, text: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('de-dojo check', () => {
  it('exits 0 for a correct answer', () => {
    const r = run('check', 'latest-per-key', path.join(problemDir, 'solution.sql'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Correct/);
  });

  it('exits 1 for a RANK()-based answer with timestamp ties, showing a counterexample', () => {
    const r = run('check', 'latest-per-key', path.join(problemDir, 'wrong', 'rank-ties.sql'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Incorrect/);
    expect(r.out).toMatch(/Counterexample/);
  });

  it('reports a runaway recursive CTE as too long, and does not wait for it', () => {
    const file = answer('forever.sql', 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)\nSELECT COUNT(*), 1, 2, 3 FROM r');
    const t0 = Date.now();
    const r = run('check', 'latest-per-key', file, '--deadline', '700');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/took too long/);
    // It names what usually makes an answer slow, SQLite's recomputed CTE included.
    expect(r.out).toMatch(/recursive CTE without an end condition.*AS MATERIALIZED/);
    // The deadline counts the answer's CPU time; on a starved machine the 10 s wall-clock cap inside
    // the answer stops it. Either way, long before the query (which never ends) would.
    expect(Date.now() - t0).toBeLessThan(25_000);
  });

  it('gives JSON with the per-dataset results', () => {
    const r = run('check', 'latest-per-key', path.join(problemDir, 'wrong', 'rank-ties.sql'), '--json');
    const grade = JSON.parse(r.out);
    expect(grade.status).toBe('incorrect');
    expect(grade.datasets.length).toBeGreaterThanOrEqual(3);
    expect(grade.datasets[grade.firstFailure].counterexample.tables[0].name).toBe('customer_updates');
  });

  it('points at the line and column of a SQL error', () => {
    const file = answer('typo.sql', 'SELECT customer_id, email, phone, updated_at\nFROM customer_update');
    const r = run('check', 'latest-per-key', file);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`${file}:2:6: no such table: customer_update`);
  });

  it.each([
    ['an unknown problem id, with a suggestion', ['check', 'latest-per-kye', path.join(problemDir, 'solution.sql')], /did you mean latest-per-key/],
    ['a missing answer file', ['check', 'latest-per-key', path.join(tmp, 'nope.sql')], /no such file/],
    ['an empty file', ['check', 'latest-per-key', answer('empty.sql', '  \n-- nothing\n')], /empty/],
    ['a file that is not UTF-8', ['check', 'latest-per-key', answer('latin1.sql', Buffer.from([0x53, 0x45, 0x4c, 0xe9, 0xff]))], /not valid UTF-8/],
    ['a 10 MB file', ['check', 'latest-per-key', answer('big.sql', 'SELECT 1;\n'.repeat(1_000_000))], /limited to 1 MB/],
    ['text that is not SQL', ['check', 'latest-per-key', answer('prose.sql', 'Dear grader, please accept my answer.')], /one SELECT .*starts with Dear/],
  ])('exits 2 with a clear message for %s', (_what, args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.out + r.err).toMatch(message);
  });
});

describe('de-dojo run, list and validate', () => {
  it('runs an answer on the sample and prints a table', () => {
    const r = run('run', 'latest-per-key', path.join(problemDir, 'solution.sql'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| customer_id \| email/);
  });

  it('runs on another dataset for authors, and rejects a dataset that does not exist', () => {
    const r = run('run', 'latest-per-key', path.join(problemDir, 'solution.sql'), '--dataset', '2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/on dataset 02-/);
    const bad = run('run', 'latest-per-key', path.join(problemDir, 'solution.sql'), '--dataset', '99');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--dataset takes a number from 1 to/);
  });

  it('says whether the result is the expected one, and shows the expected rows when it is not', () => {
    expect(run('run', 'latest-per-key', path.join(problemDir, 'solution.sql')).out).toMatch(/Matches the expected result on this dataset/);
    const wrong = run('run', 'latest-per-key', path.join(problemDir, 'wrong', 'rank-ties.sql'));
    expect(wrong.code).toBe(0);
    expect(wrong.out).toMatch(/Differs from the expected result: 4 rows, expected 3\.\s+Expected:\n\| customer_id/);
  });

  it('runs a pipeline script on a chosen batch, after the batches before it, and says what the batch changed', () => {
    const cdc = path.join(root, 'content', 'modules', 'batch', 'problems', 'cdc-upsert', 'solution.sql');
    const first = run('run', 'cdc-upsert', cdc);
    expect(first.out).toMatch(/sample scenario \(01-sample\), batch 1 of 2 \(batch-1\)/);
    const second = run('run', 'cdc-upsert', cdc, '--batch', '2');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/batch 2 of 2 \(batch-2\), after running on the batches before it/);
    // The state before batch 2 is the state batch 1 left.
    const table = (out: string, heading: string) => out.slice(out.indexOf(heading)).split('\n(')[0].split('\n').slice(1).join('\n');
    expect(table(second.out, 'customers before:')).toBe(table(first.out, 'customers after'));
    expect(second.out).toMatch(/customers after \(batch-2 updated 2 rows\)/);
    const byName = run('run', 'cdc-upsert', cdc, '--scenario', '03-stale-replay', '--batch', 'batch-3');
    expect(byName.out).toMatch(/scenario \(03-stale-replay\), batch 3 of 4/);
    const bad = run('run', 'cdc-upsert', cdc, '--batch', '7');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--batch takes a number from 1 to 2 or a name \(batch-1, batch-2\)/);
  });

  it('lists modules and items with ids, as text and JSON', () => {
    expect(run('list').out).toMatch(/latest-per-key/);
    const json = JSON.parse(run('list', '--json').out);
    const ids = json.modules.flatMap((m: { items: { id: string }[] }) => m.items.map((i) => i.id));
    expect(ids).toContain('latest-per-key');
  });

  it('validates a broken content folder with every finding and exit 1', () => {
    const dir = path.join(tmp, 'broken');
    fs.mkdirSync(path.join(dir, 'modules', 'm1'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'course.yaml'), 'title: T\nversion: 1\nmodules: [m1, m2]\n');
    fs.writeFileSync(path.join(dir, 'modules', 'm1', 'module.yaml'), 'id: m1\ntitle: M\nsummary: S\nitems: [ghost]\nextra: 1\n');
    const r = run('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/module\.yaml:5: error DD102: extra: unknown key "extra"/);
    expect(r.out).toMatch(/course\.yaml: error DD103: module "m2" is listed/);
  });

  it('says so when the content folder does not exist', () => {
    const r = run('validate', path.join(tmp, 'missing-folder'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/content folder not found/);
  });

  it('prints usage for help and for no command', () => {
    expect(run('help').code).toBe(0);
    expect(run().code).toBe(2);
  });
});
