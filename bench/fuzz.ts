/**
 * `npm run fuzz`: hostile and random answers against the real grading service (built worker, 2 s
 * deadline), in the categories of the reliability review. Each case carries an expectation; after
 * each case the problem's own reference must still be Correct (nothing an answer does outlives its
 * check). Prints a table per category and exits 1 on any wrong verdict, hang or crash.
 *
 * FUZZ_CASES (default 40 per category and answer kind) and FUZZ_SEED change the run.
 */
import * as path from 'node:path';
import { Catalog } from '../src/core/content/catalog';
import { fileSystemSource } from '../src/core/content/contentSource';
import { GradingService } from '../src/core/grading/gradingService';
import type { PipelineProblemSpec } from '../src/core/grading/pipelineTypes';
import { MAX_SCRIPT_STATEMENTS, checkAnswerText } from '../src/core/grading/policy';
import { splitStatements } from '../src/core/grading/sqlText';
import type { GradeError, QueryProblemSpec } from '../src/core/grading/types';

type Expect = 'refused' | 'error' | 'notCorrect' | 'correct' | 'notRefused' | 'any';
interface Case {
  category: string;
  kind: 'query' | 'pipeline';
  bytes: Uint8Array;
  expect: Expect;
}

const root = path.join(__dirname, '..');
const workerPath = path.join(__dirname, 'grading-worker.js');
const enc = (s: string) => new TextEncoder().encode(s);

let seed = Number(process.env.FUZZ_SEED ?? 20261130);
const rand = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};
const pick = <T>(xs: T[]): T => xs[rand(xs.length)];

const HIDDEN = [
  'PRAGMA hard_heap_limit = 1',
  'PRAGMA foreign_keys = ON',
  'PRAGMA writable_schema = ON',
  'PRAGMA query_only = 0',
  'PRAGMA max_page_count = 4294967294',
  "ATTACH 'side.db' AS side",
  "ATTACH DATABASE ':memory:' AS m",
  'DETACH side',
  'VACUUM',
  "VACUUM INTO 'x.db'",
];
/** Every way the review (and we) found to hide a statement from a naive scanner. */
const DISGUISES: ((s: string) => string)[] = [
  (s) => `SELECT 1 AS [--]; ${s};`,
  (s) => `SELECT 1 AS "--"; ${s};`,
  (s) => `SELECT 1 AS \`--\`; ${s};`,
  (s) => `SELECT 1 AS [/*]; ${s}; SELECT 1 AS [*/];`,
  (s) => `SELECT 1 AS [it's]; ${s}; SELECT 1 AS ['];`,
  (s) => `SELECT 1 AS "a""--"; ${s};`,
  (s) => `/* a /* b */ ${s}; /* */`,
  (s) => `SELECT x'41'; ${s};`,
  (s) => `SELECT $a(--); ${s};`,
  (s) => `SELECT :a::b; ${s};`,
  (s) => `EXPLAIN ${s};`,
  (s) => `EXPLAIN QUERY PLAN ${s};`,
  (s) => `-- note\n${s.toLowerCase()};`,
  (s) => `SELECT 'a''--'; ${s.replace(' ', '\t/*x*/ ')};`,
  (s) => `SELECT "a"/*"*/; ${s};`,
];

function generate(perCategory: number, q: QueryProblemSpec, p: PipelineProblemSpec): Case[] {
  const cases: Case[] = [];
  const add = (category: string, kind: Case['kind'], text: string | Uint8Array, expect: Expect) =>
    cases.push({ category, kind, bytes: typeof text === 'string' ? enc(text) : text, expect });
  const both = (category: string, make: (kind: Case['kind']) => [string | Uint8Array, Expect]) => {
    for (let i = 0; i < perCategory; i++) {
      const kind = i % 2 ? 'pipeline' : 'query';
      const [t, e] = make(kind);
      add(category, kind, t, e);
    }
  };
  const ref = (kind: Case['kind']) => (kind === 'query' ? q.solutionSql : p.solutionSql);

  both('runaway CTE, rows stream out', () => [`WITH RECURSIVE r(n) AS (SELECT ${rand(9)} UNION ALL SELECT n + 1 FROM r) SELECT n FROM r`, 'error']);
  both('runaway CTE with aggregation', () => [`WITH RECURSIVE r(n) AS (SELECT ${rand(9)} UNION ALL SELECT n + 1 FROM r) SELECT ${pick(['COUNT(*)', 'SUM(n)', 'MAX(n)'])} FROM r`, 'error']);
  both('cartesian explosion', () => {
    const t = pick(['(SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)', "(SELECT value FROM json_each('[1,2,3,4,5,6,7,8,9,10]'))"]);
    return [`SELECT COUNT(*) FROM ${Array.from({ length: 6 + rand(6) }, (_, i) => `${t} t${i}`).join(', ')}`, 'notCorrect'];
  });
  both('huge strings', () => [pick([`SELECT randomblob(${1e6 * (1 + rand(9))})`, `SELECT zeroblob(${7_000_000 + rand(1_500_000)})`, `SELECT printf('%${1e7 * (1 + rand(9))}d', 1)`, "SELECT replace(hex(zeroblob(50000000)),'0','ab')", "WITH RECURSIVE r(n, s) AS (SELECT 1, 'x' UNION ALL SELECT n + 1, s || s FROM r WHERE n < 40) SELECT group_concat(s) FROM r"]), 'notCorrect']);
  both('deep nesting', () => {
    const d = [10, 100, 1000, 10000, 100000][rand(5)];
    return [pick([`SELECT ${'('.repeat(d)}1${')'.repeat(d)}`, `SELECT ${'abs('.repeat(d)}1${')'.repeat(d)}`, `SELECT ${'CASE WHEN 1 THEN '.repeat(d)}1${' END'.repeat(d)}`]), 'notCorrect'];
  });
  both('many statements', (kind) => {
    const n = [2, 10, 100, 500, 998, 1001, 5000][rand(7)];
    if (kind === 'query') return [`SELECT 1;\n`.repeat(n), 'refused'];
    const total = n + splitStatements(p.solutionSql).length;
    return [`${p.solutionSql}\n${'SELECT 1;\n'.repeat(n)}`, total <= MAX_SCRIPT_STATEMENTS ? 'correct' : 'refused'];
  });
  for (let i = 0; i < perCategory; i++) {
    const dml = pick(['DELETE FROM {t}', "UPDATE {t} SET {c} = NULL", 'DROP TABLE {t}', 'INSERT INTO {t} DEFAULT VALUES', 'CREATE TABLE z(x)', 'WITH a AS (SELECT 1) DELETE FROM {t}', 'DELETE FROM {t} RETURNING *']);
    add('DML/DDL in query answers', 'query', pick(['', '-- x\n', '/* y */ ']) + dml.replace('{t}', 'customer_updates').replace('{c}', 'email'), 'notCorrect');
  }
  for (let i = 0; i < perCategory * 2; i++) {
    const kind = i % 2 ? 'pipeline' : 'query';
    const hidden = pick([...HIDDEN, "SELECT load_extension('x')", 'SELECT "load_extension"(\'x\')']);
    add('ATTACH/PRAGMA/VACUUM/load_extension in disguise', kind, `${pick(DISGUISES)(hidden)}\n${ref(kind)}`, 'refused');
  }
  for (let i = 0; i < perCategory; i++) {
    const benign = pick([
      'SELECT 1 AS vacuum',
      'SELECT 1 AS attach, 2 AS detach, 3 AS pragma',
      "SELECT 'PRAGMA foreign_keys = ON; ATTACH x'",
      'SELECT [VACUUM] FROM (SELECT 1 AS [VACUUM])',
      'SELECT 1 AS load_extension',
      '-- PRAGMA in a comment\nSELECT 1',
      '/* ATTACH */ SELECT 2',
      "SELECT \"pragma\" FROM (SELECT 'x' AS pragma)",
    ]);
    add('benign mentions (must not be refused)', 'query', benign, 'notRefused');
  }
  const pipeTables = [...p.batchTables, ...p.targets.map((t) => t.table)];
  for (let i = 0; i < perCategory; i++) {
    const bt = p.batchTables[0];
    const hostile = pick([
      `DELETE FROM ${bt};`,
      `UPDATE ${bt} SET rowid = rowid;`,
      `DROP TABLE ${pick(pipeTables)};`,
      `ALTER TABLE ${pick(pipeTables)} ADD COLUMN z;`,
      `CREATE INDEX zi ON ${bt}(rowid);`,
      `CREATE VIEW zv AS SELECT 1;`,
      'BEGIN;',
      'SAVEPOINT s;',
      `DROP TRIGGER temp.de_dojo_guard_0_delete;\nDELETE FROM ${bt};\nCREATE TEMP TRIGGER de_dojo_guard_0_delete BEFORE DELETE ON main.${bt} BEGIN SELECT 1; END;`,
      `CREATE TEMP TRIGGER de_dojo_guard_0_x AFTER INSERT ON main.${p.targets[0].table} BEGIN SELECT 1; END;`,
    ]);
    add('pipeline writes to tables it must not touch, schema changes, open transactions, guard swaps', 'pipeline', `${p.solutionSql}\n${hostile}\n${pick(['', 'SELECT 1;'])}`, 'notCorrect');
    // Created before the reference writes the target, so that it fires within the run.
    add('pipeline writes to tables it must not touch, schema changes, open transactions, guard swaps', 'pipeline', `CREATE TEMP TRIGGER zt AFTER INSERT ON main.${p.targets[0].table} BEGIN DELETE FROM ${bt}; END;\n${p.solutionSql}`, 'notCorrect');
  }
  both('very long lines', (kind) => {
    const n = [10_000, 100_000, 500_000, 900_000][rand(4)];
    return [pick([`${ref(kind)}\n-- ${'x'.repeat(n)}`, `SELECT '${'y'.repeat(n)}'`, `SELECT 1 AS [${'z'.repeat(n)}]`]), pick(['any'])];
  });
  both('NUL bytes, invalid UTF-8, BOM, UTF-16', (kind) => {
    const r = rand(4);
    if (r === 0) return [enc(`SELECT 1\u0000; PRAGMA x`), 'error'];
    if (r === 1) return [new Uint8Array([0x53, 0x45, 0xff, 0xfe, 0x4c]), 'error'];
    if (r === 2) return [new Uint8Array([0xef, 0xbb, 0xbf, ...enc(ref(kind))]), 'correct'];
    return [new Uint8Array(Buffer.from(ref(kind), 'utf16le')), 'error'];
  });
  both('empty, blank, comments only', () => [pick(['', '   ', '\n\n', '-- only\n', '/* c */', ';;;', '\u00a0']), 'error']);
  both('unicode identifiers and look-alikes', () => [pick(['SELECT 1 AS 名前', 'SELECT 1 AS "x\u200by"', 'SELECT 1；', 'SELECT\u00a0PRAGMA', 'SELECT 1 AS [\u202e]', 'ＳＥＬＥＣＴ 1']), 'notCorrect']);
  both('random token soup', () => {
    const tokens = ['SELECT', 'FROM', 'WHERE', '(', ')', ',', ';', "'", '"', '[', ']', '`', '--', '/*', '*/', 'x', '1', '*', '=', 'AS', 'PRAGMA', 'ATTACH', 'JOIN', 'ON', '\n', ' '];
    return [Array.from({ length: 3 + rand(30) }, () => pick(tokens)).join(' '), 'notCorrect'];
  });
  both('lexer stress', () => {
    const n = [1000, 10_000, 100_000, 300_000][rand(4)];
    return [`SELECT ${pick(['[', '"', "'", '/*', '`', '$a(', '--'])}`.repeat(1) + pick(['[', '"', "'", '/*', '`']).repeat(n), 'notCorrect'];
  });
  for (let i = 0; i < perCategory; i++) {
    const t = p.targets[0].table;
    const hostile = pick([
      'CREATE TEMP TABLE g AS SELECT 1 AS x; ' + 'INSERT INTO g SELECT x FROM g; '.repeat(30),
      `CREATE TEMP TRIGGER loop AFTER INSERT ON temp.g BEGIN INSERT INTO temp.g VALUES (1); END; CREATE TEMP TABLE g(x); INSERT INTO g VALUES (1);`,
      'CREATE TEMP TABLE b AS SELECT zeroblob(900000000) AS x;',
      `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r;`,
      `CREATE TEMP TABLE big(x); WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) INSERT INTO big SELECT randomblob(1000) FROM r;`,
      `DELETE FROM ${t}; INSERT INTO ${t} SELECT * FROM ${t};`,
    ]);
    add('pipeline resources', 'pipeline', `${hostile}\n${p.solutionSql}`, 'notCorrect');
  }
  both('mutated references', (kind) => {
    let s = ref(kind);
    for (let k = 0; k < 1 + rand(5); k++) {
      const at = rand(s.length);
      s = s.slice(0, at) + pick(['', 'x', ';', "'", '(', ' ', '1']) + s.slice(at + 1 + rand(2));
    }
    return [s, 'any'];
  });
  return cases;
}

/** The start and the end of a case's text: hostile parts are put before or after a reference. */
function excerpt(text: string): string {
  const flat = text.replace(/\n/g, '\\n');
  return flat.length <= 240 ? flat : `${flat.slice(0, 100)} … ${flat.slice(-140)}`;
}

function met(expect: Expect, status: string, error: GradeError | undefined, refused: boolean): boolean {
  switch (expect) {
    case 'refused':
      return status === 'error' && (error?.kind === 'policy' || refused);
    case 'error':
      return status === 'error';
    case 'notCorrect':
      return status !== 'correct';
    case 'correct':
      return status === 'correct';
    case 'notRefused':
      return !(status === 'error' && error?.kind === 'policy');
    case 'any':
      return true;
  }
}

async function main() {
  const per = Number(process.env.FUZZ_CASES ?? 40);
  const catalog = new Catalog(fileSystemSource(path.join(root, 'content')));
  const queryIds = ['latest-per-key', 'sessionize', 'customers-without-orders', 'watch-time-by-genre', 'asof-quote'];
  const pipeIds = ['incremental-revenue', 'cdc-upsert', 'scd2-dim-customer'];
  const qs = queryIds.map((id) => catalog.querySpec(id)!).filter(Boolean);
  const ps = pipeIds.map((id) => catalog.pipelineSpec(id)!).filter(Boolean);
  let service = new GradingService({ workerPath, deadlineMs: 2000 });
  const rows = new Map<string, { n: number; correct: number; incorrect: number; error: number; kinds: Record<string, number>; wrong: number; hangs: number; worstMs: number; nextOk: number }>();
  const wrong: string[] = [];
  let crashes = 0;
  const t0 = performance.now();
  let total = 0;
  for (let round = 0; round < qs.length; round++) {
    const q = qs[round % qs.length];
    const p = ps[round % ps.length];
    const cases = generate(Math.max(2, Math.round(per / qs.length)), q, p);
    for (const c of cases) {
      total++;
      const row = rows.get(c.category) ?? { n: 0, correct: 0, incorrect: 0, error: 0, kinds: {}, wrong: 0, hangs: 0, worstMs: 0, nextOk: 0 };
      rows.set(c.category, row);
      row.n++;
      const started = performance.now();
      let status = 'error';
      let error: GradeError | undefined;
      let refused = false;
      try {
        const checked = checkAnswerText(c.bytes);
        if (checked.problem) {
          refused = true;
          error = { kind: 'input', message: checked.problem };
        } else {
          const g = c.kind === 'query' ? await service.gradeQuery(q, checked.text!) : await service.gradePipeline(p, checked.text!);
          status = g.status;
          error = g.error;
        }
      } catch (e) {
        crashes++;
        wrong.push(`${c.category}: crash ${String(e)}`);
      }
      const ms = performance.now() - started;
      row.worstMs = Math.max(row.worstMs, ms);
      if (ms > 15_000) row.hangs++;
      if (status === 'correct') row.correct++;
      else if (status === 'incorrect') row.incorrect++;
      else {
        row.error++;
        const k = error?.kind ?? 'unknown';
        row.kinds[k] = (row.kinds[k] ?? 0) + 1;
        if (k === 'internal') {
          crashes++;
          wrong.push(`${c.category} (${c.kind}): internal: ${(error as { message: string }).message.slice(0, 120)}`);
        }
      }
      if (!met(c.expect, status, error, refused)) {
        row.wrong++;
        wrong.push(`${c.category} (${c.kind}) expected ${c.expect}, got ${status}${error ? ` ${error.kind}` : ''}: ${excerpt(new TextDecoder().decode(c.bytes))}`);
      }
      // The canary: the reference, on the same service, must still be Correct.
      const canary = c.kind === 'query' ? await service.gradeQuery(q, q.solutionSql) : await service.gradePipeline(p, p.solutionSql);
      if (canary.status === 'correct') row.nextOk++;
      else {
        wrong.push(`${c.category}: the next check failed (${canary.status} ${canary.error?.kind}); service replaced`);
        service.dispose();
        service = new GradingService({ workerPath, deadlineMs: 2000 });
      }
    }
  }
  service.dispose();
  console.log(`\nDE Dojo fuzz: ${total} cases (seed ${process.env.FUZZ_SEED ?? 20261130}) in ${Math.round((performance.now() - t0) / 1000)} s\n`);
  console.log('| category | cases | correct / incorrect / error | error kinds | wrong verdicts | hangs (>15 s) | worst ms | next check OK |');
  console.log('|---|---|---|---|---|---|---|---|');
  let wrongTotal = 0;
  let hangTotal = 0;
  for (const [cat, r] of rows) {
    wrongTotal += r.wrong;
    hangTotal += r.hangs;
    const kinds = Object.entries(r.kinds).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`| ${cat} | ${r.n} | ${r.correct} / ${r.incorrect} / ${r.error} | ${kinds} | ${r.wrong} | ${r.hangs} | ${Math.round(r.worstMs)} | ${r.nextOk}/${r.n} |`);
  }
  console.log(`\nwrong verdicts ${wrongTotal}, hangs ${hangTotal}, crashes/internal ${crashes}`);
  for (const w of wrong.slice(0, 30)) console.log(`  - ${w}`);
  process.exit(wrongTotal + hangTotal + crashes === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
