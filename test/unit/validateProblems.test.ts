// validateCourse proves problems with the real grader (the built worker): an alt answer catches a
// wrong reference, pipelines are validated like queries, and every failure of a problem's own
// files is reported on that file at its line (issue 8: D11 and the validate gaps).
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySource } from '../../src/core/content/contentSource';
import type { Diagnostic } from '../../src/core/content/diagnostics';
import { validateCourse } from '../../src/core/content/validateCourse';
import { GradingService } from '../../src/core/grading/gradingService';

const root = path.join(__dirname, '..', '..');
const grader = new GradingService({ workerPath: path.join(root, 'dist', 'grading-worker.js'), deadlineMs: 10_000 });
afterAll(() => grader.dispose());

const at = (d: Diagnostic) => `${d.severity} ${d.file}:${d.line ?? ''} ${d.code}`;
const P = 'modules/m1/problems/p1';

function queryCourse(overrides: Record<string, string | Uint8Array | undefined> = {}): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array | undefined> = {
    'course.yaml': 'title: T\nversion: 1\nstrict: false\nmodules: [m1]\n',
    'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [p1]\n',
    [`${P}/problem.md`]: '---\nid: p1\ntitle: Total\nkind: query\ndifficulty: easy\nhints: [a, b]\n---\nThe sum of x.\n',
    [`${P}/schema.sql`]: 'CREATE TABLE t (\n  x INTEGER\n);\n',
    [`${P}/datasets/01.sql`]: 'INSERT INTO t VALUES (1), (2);\n',
    [`${P}/datasets/02.sql`]: 'INSERT INTO t VALUES (5);\n',
    [`${P}/datasets/03.sql`]: 'INSERT INTO t VALUES (3), (3), (4);\n',
    [`${P}/starter.sql`]: 'SELECT 0;\n',
    [`${P}/solution.sql`]: 'SELECT SUM(x) FROM t;\n',
    [`${P}/alt/total.sql`]: '-- TOTAL instead of SUM\nSELECT CAST(TOTAL(x) AS INTEGER) FROM t;\n',
    [`${P}/wrong/count.sql`]: '-- counts rows\nSELECT COUNT(*) FROM t;\n',
    [`${P}/wrong/max.sql`]: '-- the largest value\nSELECT MAX(x) FROM t;\n',
    [`${P}/wrong/distinct.sql`]: '-- duplicates once\nSELECT SUM(DISTINCT x) FROM t;\n',
    [`${P}/explanation.md`]: 'Because.\n',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string | Uint8Array] => e[1] !== undefined));
}

const validate = async (files: Record<string, string | Uint8Array>) => (await validateCourse(memorySource(files), grader)).diagnostics.map(at);

describe('proved answers', () => {
  it('a sound query problem has no findings', async () => {
    expect(await validate(queryCourse())).toEqual([]);
  });

  it('a wrong reference is caught by an alt answer (and passes unnoticed without one)', async () => {
    const wrongReference = { [`${P}/solution.sql`]: 'SELECT MAX(x) FROM t;\n', [`${P}/wrong/max.sql`]: '-- the smallest value\nSELECT MIN(x) FROM t;\n' };
    expect(await validate(queryCourse(wrongReference))).toEqual([`error ${P}/alt/total.sql: DD205`]);
    // The alt answer is what proves it: the reference alone defines "expected".
    expect(await validate(queryCourse({ ...wrongReference, [`${P}/alt/total.sql`]: undefined }))).toEqual([`warning ${P}/alt: DD253`]);
  });

  it('an alt answer that does not run is reported at its line', async () => {
    expect(await validate(queryCourse({ [`${P}/alt/total.sql`]: '-- TOTAL\nSELECT TOTAL(x)\nFROM t WHERE;\n' }))).toEqual([`error ${P}/alt/total.sql:3 DD205`]);
  });

  it('a known-wrong answer that errors is a warning at its line', async () => {
    expect(await validate(queryCourse({ [`${P}/wrong/count.sql`]: '-- counts rows\nSELECT COUNT(*)\nFROM nowhere;\n' }))).toEqual([`warning ${P}/wrong/count.sql:3 DD204`]);
  });
});

describe('content failures are reported on their own file, at the line', () => {
  it('a SQL error in the reference', async () => {
    expect(await validate(queryCourse({ [`${P}/solution.sql`]: '-- the total\nSELECT SUM(x)\nFROM t\nWHERE x = = 1;\n' }))).toEqual([`error ${P}/solution.sql:4 DD201`]);
  });

  it('a syntax error in schema.sql', async () => {
    expect(await validate(queryCourse({ [`${P}/schema.sql`]: 'CREATE TABLE t (\n  x INTEGER,\n);\n' }))).toEqual([`error ${P}/schema.sql:3 DD207`]);
  });

  it('a syntax error in a hidden dataset', async () => {
    expect(await validate(queryCourse({ [`${P}/datasets/02.sql`]: '-- one row\nINSERT INTO t VALUES (5;\n' }))).toEqual([`error ${P}/datasets/02.sql:2 DD207`]);
  });

  it('a dataset that names a missing table', async () => {
    expect(await validate(queryCourse({ [`${P}/datasets/03.sql`]: 'INSERT INTO t VALUES (1);\nINSERT INTO u VALUES (2);\n' }))).toEqual([`error ${P}/datasets/03.sql:2 DD207`]);
  });
});

const Q = 'modules/m1/problems/p2';
function pipelineCourse(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'course.yaml': 'title: T\nversion: 1\nstrict: false\nmodules: [m1]\n',
    'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [p2]\n',
    [`${Q}/problem.md`]: '---\nid: p2\ntitle: Latest balance\nkind: pipeline\ndifficulty: easy\nhints: [a, b]\ntargets:\n  - table: latest_balance\nbatchTables: [incoming]\n---\nKeep the latest balance per account.\n',
    [`${Q}/schema.sql`]: 'CREATE TABLE latest_balance (account_id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);\nCREATE TABLE incoming (account_id INTEGER NOT NULL, balance INTEGER NOT NULL);\n',
    [`${Q}/scenarios/01-sample/batch-1.sql`]: 'INSERT INTO incoming VALUES (1, 100), (2, 50);\n',
    [`${Q}/scenarios/01-sample/batch-2.sql`]: 'INSERT INTO incoming VALUES (2, 75), (3, 10);\n',
    [`${Q}/scenarios/02-state/initial.sql`]: 'INSERT INTO latest_balance VALUES (1, 5), (9, 9);\n',
    [`${Q}/scenarios/02-state/batch-1.sql`]: 'INSERT INTO incoming VALUES (1, 6);\n',
    [`${Q}/scenarios/03-more/batch-1.sql`]: 'INSERT INTO incoming VALUES (4, 1);\n',
    [`${Q}/starter.sql`]: '-- your script\n',
    [`${Q}/solution.sql`]: 'INSERT INTO latest_balance (account_id, balance)\nSELECT account_id, balance FROM incoming WHERE true\nON CONFLICT (account_id) DO UPDATE SET balance = excluded.balance;\n',
    [`${Q}/alt/replace.sql`]: '-- replace\nINSERT OR REPLACE INTO latest_balance (account_id, balance) SELECT account_id, balance FROM incoming;\n',
    [`${Q}/wrong/keep-first.sql`]: '-- keeps the first\nINSERT OR IGNORE INTO latest_balance SELECT account_id, balance FROM incoming;\n',
    [`${Q}/wrong/overwrite.sql`]: '-- loses the others\nDELETE FROM latest_balance;\nINSERT INTO latest_balance SELECT account_id, balance FROM incoming;\n',
    [`${Q}/wrong/update-only.sql`]: '-- never inserts\nUPDATE latest_balance SET balance = (SELECT i.balance FROM incoming i WHERE i.account_id = latest_balance.account_id) WHERE account_id IN (SELECT account_id FROM incoming);\n',
    [`${Q}/explanation.md`]: 'Because.\n',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined));
}

describe('pipeline problems are validated wherever validateCourse is called', () => {
  it('a sound pipeline problem has no findings', async () => {
    expect(await validate(pipelineCourse())).toEqual([]);
  });

  it('a destructive reference is caught by the alt answer', async () => {
    expect(await validate(pipelineCourse({ [`${Q}/solution.sql`]: 'DELETE FROM latest_balance;\n' }))).toEqual(
      expect.arrayContaining([`error ${Q}/alt/replace.sql: DD205`]),
    );
  });

  it('a known-wrong script that passes is an error', async () => {
    expect(await validate(pipelineCourse({ [`${Q}/wrong/keep-first.sql`]: '-- same as the reference\nINSERT OR REPLACE INTO latest_balance SELECT account_id, balance FROM incoming;\n' }))).toEqual([
      `error ${Q}/wrong/keep-first.sql: DD203`,
    ]);
  });

  it('a broken batch and a broken initial state are reported on their files', async () => {
    expect(await validate(pipelineCourse({ [`${Q}/scenarios/02-state/batch-1.sql`]: '-- one\nINSERT INTO incoming VALUES (1, 6;\n' }))).toEqual([
      `error ${Q}/scenarios/02-state/batch-1.sql:2 DD207`,
    ]);
    expect(await validate(pipelineCourse({ [`${Q}/scenarios/02-state/initial.sql`]: 'INSERT INTO nowhere VALUES (1);\n' }))).toEqual([
      `error ${Q}/scenarios/02-state/initial.sql:1 DD207`,
    ]);
  });

  it('a target missing from schema.sql is reported on problem.md', async () => {
    expect(await validate(pipelineCourse({ [`${Q}/problem.md`]: pipelineCourse()[`${Q}/problem.md`].replace('table: latest_balance', 'table: latest_balances') }))).toEqual([
      `error ${Q}/problem.md: DD208`,
    ]);
  });
});

describe('lessons: encoding, images and links', () => {
  const lessonCourse = (body: string | Uint8Array) => ({
    'course.yaml': 'title: T\nversion: 1\nstrict: false\nmodules: [m1]\n',
    'modules/m1/module.yaml': 'id: m1\ntitle: One\nsummary: First\nitems: [intro]\n',
    'modules/m1/lessons/intro.md': body,
  });
  const head = '---\nid: intro\ntitle: Intro\nminutes: 5\n---\n';
  const errorsOf = async (body: string | Uint8Array) => (await validate(lessonCourse(body))).filter((d) => d.startsWith('error'));

  it('invalid UTF-8 is reported at the line of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from(`${head}# Intro\n\nCaf`), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    expect(await errorsOf(bytes)).toEqual(['error modules/m1/lessons/intro.md:8 DD108']);
  });

  it('a reference-style remote image is refused like an inline one', async () => {
    expect(await errorsOf(`${head}# Intro\n\n![diagram][d]\n\n[d]: https://example.com/d.png\n`)).toEqual(['error modules/m1/lessons/intro.md:8 DD112']);
    expect(await errorsOf(`${head}# Intro\n\nText.\n\n![diagram](https://example.com/d.png)\n`)).toEqual(['error modules/m1/lessons/intro.md:10 DD112']);
  });

  it('an http: link is flagged (only https: opens)', async () => {
    expect(await errorsOf(`${head}# Intro\n\nSee [the docs](http://example.com/docs).\n`)).toEqual(['error modules/m1/lessons/intro.md:8 DD113']);
    expect(await errorsOf(`${head}# Intro\n\nSee [the docs](https://example.com/docs).\n`)).toEqual([]);
  });
});

describe('attributing a failure the grader reports only as a message', () => {
  it('reads the file from the message and the line from SQLite\'s token', async () => {
    const { attributeReferenceFailure } = await import('../../src/core/content/validateProblem');
    const { loadCourse } = await import('../../src/core/content/loadCourse');
    const { loadProblemFiles } = await import('../../src/core/content/loadProblemFiles');
    const source = memorySource(queryCourse({ [`${P}/datasets/02.sql`]: '-- one row\nINSERT INTO t VALUES (5;\n' }));
    const problem = loadCourse(source).course.items.get('p1');
    if (problem?.kind !== 'problem') throw new Error('p1 should load');
    const files = loadProblemFiles(source, problem).files!;
    const grade = { kind: 'query' as const, problemId: 'p1', status: 'error' as const, datasets: [], ms: 0 };
    const internal = { kind: 'internal' as const, message: 'dataset 02 does not load: near ";": syntax error' };
    expect(attributeReferenceFailure(problem, files, { ...grade, error: internal })).toMatchObject({ code: 'DD207', file: `${P}/datasets/02.sql`, line: 2 });
    const timeout = { kind: 'timeout' as const, deadlineMs: 5000 };
    expect(attributeReferenceFailure(problem, files, { ...grade, error: timeout })).toMatchObject({ code: 'DD211', file: `${P}/solution.sql` });
  });
});

describe('validation skips counterexamples (speed), learners still get them', () => {
  it('counterexample: false grades the same without shrinking', async () => {
    const { default: initSqlJs } = await import('sql.js');
    const { QueryEngine } = await import('../../src/core/grading/queryEngine');
    const SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
    const engine = new QueryEngine(SQL);
    const spec = {
      id: 'cx',
      schemaSql: 'CREATE TABLE t (x INTEGER);',
      datasets: [{ name: '01', sql: 'INSERT INTO t VALUES (1), (2), (3);', visible: true }],
      solutionSql: 'SELECT SUM(x) FROM t',
      compare: {},
    };
    const learner = engine.gradeQuery(spec, 'SELECT MAX(x) FROM t');
    const validation = engine.gradeQuery({ ...spec, counterexample: false }, 'SELECT MAX(x) FROM t');
    expect(learner.status).toBe('incorrect');
    expect(learner.datasets[0].counterexample).toBeDefined();
    expect(validation.status).toBe('incorrect');
    expect(validation.datasets[0].counterexample).toBeUndefined();
  });
});
