/**
 * Grades pipeline answers: scripts run once per incoming batch, judged by the state they leave.
 * Pure except for the sql.js module passed in (like QueryEngine), so unit tests drive it
 * in-process and the worker hosts it.
 *
 * For every scenario, on a fresh database (schema.sql, then initial.sql), each batch in order:
 *   1. the batch tables are emptied and the batch loaded;
 *   2. the script runs statement by statement (recording the rows each one changed);
 *   3. the targets are compared with the reference's state after the same batch (the reference
 *      runs in its own database, cached) and, where declared, with a full rebuild;
 *   4. the script runs again on the same batch and must change no target or writable table.
 * Every run is a new session: temp tables of the previous run are gone. The script may not write
 * the batch tables or any table that is neither a target nor writable (guard triggers stop such a
 * statement and name the table), change the main schema, or leave a transaction open.
 */
import type { Database, SqlJsStatic, Statement } from 'sql.js';
import { generatePipelineCases } from './generate/pipelineGeneration';
import { checkScriptAnswer, forbiddenStatement } from './policy';
import { changedRowCount, diffTable, sameRows, sortRowsByKey } from './pipelineDiff';
import type {
  BatchOutcome,
  PipelineFailure,
  PipelineGrade,
  PipelineProblemSpec,
  PipelineRunResult,
  PipelineScenarioSpec,
  ScenarioGrade,
  StatementEffect,
  TableDiff,
} from './pipelineTypes';
import { AnswerError, contentError, messageOf, quoteIdent } from './queryEngine';
import { locateSqlError } from './sqlErrors';
import { lineColumn, maskCommentsAndStrings, splitStatements } from './sqlText';
import { DEFAULT_LIMITS, UNTIMED, type AnswerTimer, type EngineLimits, type GradeError, type TableSnapshot } from './types';
import { hex, valueKey, type SqlValue } from './values';

const now = () => performance.now();

/**
 * Prefix of the grader's guard triggers. Each session adds a random part, so a script cannot name
 * (and so cannot drop) one; after every run the guards' names and SQL are checked all the same.
 */
const GUARD_PREFIX = 'de_dojo_guard_';
const GUARD_MESSAGE = 'de-dojo-guard:';
const GUARD_ARMED_FN = 'de_dojo_guard_armed';

/** How many rows of a table a visible scenario shows (states are capped, counts are not). */
const SHOW_ROWS = 200;
/** How many differing keys, and rows per table, a failure's counterexample carries. */
const CONTEXT_KEYS = 5;
const CONTEXT_ROWS = 12;

/** A target table as the engine uses it: the compared columns and the key that aligns its diff. */
interface ResolvedTable {
  table: string;
  columns: string[];
  keyIdx: number[];
  select: string;
}

interface Resolved {
  targets: ResolvedTable[];
  /** Writable tables, all columns (a replay must not change them either). */
  writable: ResolvedTable[];
  /** Tables the script must not write: everything in main that is neither a target nor writable. */
  guarded: string[];
}

/** The reference's compared states: initial, then after each batch; and the full rebuild's. */
interface ReferenceScenario {
  initial: SqlValue[][][];
  states: SqlValue[][][][];
  rebuild?: SqlValue[][][][];
}

/** Why a run of the script stopped. */
class ScriptStop extends Error {
  constructor(
    /** sql: SQLite rejected a statement before running it; runtime: a statement failed while running. */
    readonly kind: 'sql' | 'runtime' | 'policy' | 'limit',
    readonly gradeError: GradeError,
    readonly effects: StatementEffect[],
  ) {
    super('message' in gradeError ? gradeError.message : gradeError.kind);
  }
}

/** The learner's text, analysed once per grade. */
interface Script {
  text: string;
  masked: string;
  /** Start offset of a statement (skipping blanks, comments and stray semicolons) → its line and preview. */
  meta: Map<number, { line: number; start: number; sqlPreview: string }>;
}

/** One database of a scenario, with its per-statement probe and guard switch. */
interface Session {
  db: Database;
  probe: Statement;
  armed: { on: boolean };
  guarded: string[];
  /** The guard triggers as installed: name → SQL. */
  guards: Map<string, string>;
  batchTables: string[];
  /** The batch tables' rows as loaded (a fingerprint), to prove no run changed them. */
  batchFingerprint: string;
  /** Tables a run may change (targets and writable), for messages. */
  allowed: string[];
}

export class PipelineEngine {
  private readonly referenceCache = new Map<string, ReferenceScenario>();
  private readonly resolvedCache = new Map<string, Resolved>();
  /** Set when SQLite prepared a learner statement the policy refuses (see QueryEngine.tampered). */
  tampered: string | undefined;
  /** The clock of the generation budget; tests replace it with a fake one. */
  clock: () => number = now;

  constructor(
    readonly SQL: SqlJsStatic,
    readonly limits: EngineLimits = DEFAULT_LIMITS,
    private readonly timer: AnswerTimer = UNTIMED,
  ) {}

  gradePipeline(spec: PipelineProblemSpec, answer: string): PipelineGrade {
    const t0 = now();
    const scenarios: ScenarioGrade[] = [];
    const grade = (status: PipelineGrade['status'], error?: GradeError, errorAt?: PipelineGrade['errorAt']): PipelineGrade => {
      const firstFailure = scenarios.findIndex((s) => !s.passed);
      return {
        kind: 'pipeline',
        problemId: spec.id,
        status,
        ...(error ? { error } : {}),
        ...(errorAt ? { errorAt } : {}),
        scenarios,
        ...(firstFailure === -1 ? {} : { firstFailure }),
        ms: now() - t0,
      };
    };
    const violation = checkScriptAnswer(answer);
    if (violation) return grade('error', { kind: 'policy', ...violation });
    if (spec.scenarios.length === 0) return grade('error', { kind: 'content', message: 'the problem has no scenarios' });
    const script = analyse(answer);
    for (const sc of spec.scenarios) {
      try {
        scenarios.push(this.gradeScenario(spec, sc, script));
        if (!scenarios[scenarios.length - 1].passed && spec.stopAtFirstFailure) break;
      } catch (e) {
        if (e instanceof ScenarioError) return grade('error', e.gradeError, { scenario: sc.name, batch: e.batch });
        if (e instanceof AnswerError) return grade('error', e.gradeError, { scenario: sc.name });
        throw e;
      }
    }
    // Generated hidden scenarios (generate/pipelineGeneration.ts), only once every fixed one passes.
    if (scenarios.every((s) => s.passed)) {
      const generated = generatePipelineCases(this, spec, answer, this.clock);
      if (generated.scenario) scenarios.push(generated.scenario);
      const g = grade(scenarios.every((s) => s.passed) ? 'correct' : 'incorrect');
      if (generated.summary.cases) g.generation = generated.summary;
      return g;
    }
    return grade('incorrect');
  }

  /** Grades one more scenario (a generated one); undefined when it cannot be graded at all. */
  gradeExtraScenario(spec: PipelineProblemSpec, sc: PipelineScenarioSpec, answer: string): ScenarioGrade | undefined {
    try {
      return this.gradeScenario(spec, sc, analyse(answer));
    } catch (e) {
      if (e instanceof ScenarioError || e instanceof AnswerError) return undefined;
      throw e;
    }
  }

  /**
   * Runs the script once on the sample scenario's first batch and returns the tables it read and
   * changed, before and after, with the rows each statement changed.
   */
  runPipeline(spec: PipelineProblemSpec, answer: string): PipelineRunResult {
    const t0 = now();
    const sc = spec.scenarios[0];
    const batch = sc?.batches[0];
    const base = { problemId: spec.id, scenario: sc?.name ?? '', batch: batch?.name ?? '' };
    if (!sc || !batch) return { ...base, error: { kind: 'content', message: 'the problem has no sample batch' }, ms: 0 };
    const violation = checkScriptAnswer(answer);
    if (violation) return { ...base, error: { kind: 'policy', ...violation }, ms: now() - t0 };
    let session: Session | undefined;
    try {
      const resolved = this.resolve(spec);
      session = this.openSession(spec, sc, resolved);
      this.loadBatch(session, spec, sc, 0);
      const shown = [...resolved.targets, ...resolved.writable].map((t) => t.table);
      const before = shown.map((t) => this.snapshotAll(session!.db, t));
      const batchTables = spec.batchTables.map((t) => this.snapshotAll(session!.db, t));
      const effects = this.runScript(session, analyse(answer), true);
      const after = shown.map((t) => this.snapshotAll(session!.db, t));
      return { ...base, batchTables, before, after, effects, ms: now() - t0 };
    } catch (e) {
      if (e instanceof ScriptStop) return { ...base, effects: e.effects, error: e.gradeError, ms: now() - t0 };
      if (e instanceof AnswerError) return { ...base, error: e.gradeError, ms: now() - t0 };
      throw e;
    } finally {
      session?.db.close();
    }
  }

  private gradeScenario(spec: PipelineProblemSpec, sc: PipelineScenarioSpec, script: Script): ScenarioGrade {
    const ts = now();
    const resolved = this.resolve(spec);
    const ref = this.reference(spec, sc, resolved);
    const batches: BatchOutcome[] = [];
    const result = (failure?: PipelineFailure, shown?: { expected: SqlValue[][][]; actual: SqlValue[][][] }): ScenarioGrade => {
      const g: ScenarioGrade = { name: sc.name, visible: sc.visible, passed: !failure, batches, batchCount: sc.batches.length, ms: 0 };
      if (failure) g.failure = failure;
      if (failure && sc.visible && shown) {
        g.expected = resolved.targets.map((t, i) => capSnapshot(t, shown.expected[i]));
        g.actual = resolved.targets.map((t, i) => capSnapshot(t, shown.actual[i]));
      }
      g.ms = now() - ts;
      return g;
    };
    const session = this.openSession(spec, sc, resolved);
    try {
      for (let k = 0; k < sc.batches.length; k++) {
        const tb = now();
        const batch = sc.batches[k];
        const outcome: BatchOutcome = { name: batch.name, effects: [], passed: false, ms: 0 };
        batches.push(outcome);
        const finish = () => (outcome.ms = now() - tb);
        this.loadBatch(session, spec, sc, k);

        // First run.
        try {
          outcome.effects = this.runScript(session, script, true);
        } catch (e) {
          if (!(e instanceof ScriptStop)) throw e;
          outcome.effects = e.effects;
          finish();
          if (e.kind === 'runtime') return result({ batchIndex: k, batch: batch.name, check: 'sqlError', error: e.gradeError });
          throw new ScenarioError(withDataset(e.gradeError, sc, batch.name), batch.name);
        }
        const expected = ref.states[k];
        const previous = k === 0 ? ref.initial : ref.states[k - 1];
        const actual = resolved.targets.map((t) => this.snapshot(session.db, t));
        for (const [i, t] of resolved.targets.entries()) {
          if (sameRows(expected[i], actual[i])) continue;
          finish();
          return result(
            {
              batchIndex: k,
              batch: batch.name,
              check: 'state',
              table: t.table,
              diff: diffTable(t.table, t.columns, t.keyIdx, expected[i], actual[i]),
              changes: {
                expected: diffTable(t.table, t.columns, t.keyIdx, previous[i], expected[i], undefined, 0).counts,
                actual: diffTable(t.table, t.columns, t.keyIdx, previous[i], actual[i], undefined, 0).counts,
              },
              context: this.context(session.db, spec, t, expected[i], actual[i], previous[i]),
            },
            { expected, actual },
          );
        }
        if (ref.rebuild) {
          const rebuilt = ref.rebuild[k];
          for (const [i, t] of resolved.targets.entries()) {
            if (sameRows(rebuilt[i], actual[i])) continue;
            finish();
            return result(
              {
                batchIndex: k,
                batch: batch.name,
                check: 'rebuild',
                table: t.table,
                diff: diffTable(t.table, t.columns, t.keyIdx, rebuilt[i], actual[i]),
                context: this.context(session.db, spec, t, rebuilt[i], actual[i], previous[i]),
              },
              { expected: rebuilt, actual },
            );
          }
        }

        // Replay: the same batch again must change nothing.
        if (spec.replay) {
          const watched = [...resolved.targets, ...resolved.writable];
          const first = [...actual, ...resolved.writable.map((t) => this.snapshot(session.db, t))];
          try {
            outcome.replayEffects = this.runScript(session, script, true);
          } catch (e) {
            if (!(e instanceof ScriptStop)) throw e;
            outcome.replayEffects = e.effects;
            finish();
            if (e.kind === 'runtime') return result({ batchIndex: k, batch: batch.name, check: 'sqlError', onReplay: true, error: e.gradeError });
            throw new ScenarioError(withDataset(e.gradeError, sc, batch.name), batch.name);
          }
          const second = watched.map((t) => this.snapshot(session.db, t));
          const changed = watched.findIndex((_, i) => !sameRows(first[i], second[i]));
          if (changed !== -1) {
            const t = watched[changed];
            finish();
            const diff = diffTable(t.table, t.columns, t.keyIdx, first[changed], second[changed]);
            return result(
              { batchIndex: k, batch: batch.name, check: 'replay', onReplay: true, table: t.table, diff, context: this.context(session.db, spec, t, first[changed], second[changed]) },
              changed < resolved.targets.length ? { expected, actual: second.slice(0, resolved.targets.length) } : undefined,
            );
          }
        }
        outcome.passed = true;
        finish();
      }
      return result();
    } finally {
      session.db.close();
    }
  }

  /**
   * The batch rows (and the target's previous rows) for the keys that differ: key columns the
   * batch tables share with the target pick them out. Without a shared column, a small batch is
   * shown whole.
   */
  private context(db: Database, spec: PipelineProblemSpec, t: ResolvedTable, expected: SqlValue[][], actual: SqlValue[][], previous?: SqlValue[][]): PipelineFailure['context'] {
    const keyCols = t.keyIdx.map((i) => t.columns[i]);
    const keys = new Set<string>();
    if (keyCols.length) {
      const d = diffTable(t.table, t.columns, t.keyIdx, expected, actual, undefined, CONTEXT_KEYS);
      for (const r of [...d.deleted, ...d.inserted]) keys.add(JSON.stringify(t.keyIdx.map((i) => valueKey(r[i]))));
      for (const u of d.updated) keys.add(JSON.stringify(u.key.map(valueKey)));
    }
    const batchRows: TableSnapshot[] = [];
    const batchColumns: string[][] = [];
    for (const b of spec.batchTables) {
      const all = this.snapshotAll(db, b);
      batchColumns.push(all.columns);
      const shared = keyCols.filter((c) => all.columns.includes(c));
      if (!shared.length || !keys.size) {
        if (all.rows.length <= CONTEXT_ROWS) batchRows.push(all);
        continue;
      }
      // Match on the shared key columns only (a batch table may hold part of the target's key).
      const want = new Set([...keys].map((k) => JSON.stringify((JSON.parse(k) as string[]).filter((_, j) => shared.includes(keyCols[j])))));
      const idx = shared.map((c) => all.columns.indexOf(c));
      const rows = all.rows.filter((r) => want.has(JSON.stringify(idx.map((i) => valueKey(r[i])))));
      batchRows.push({ name: b, columns: all.columns, rows: rows.slice(0, CONTEXT_ROWS) });
    }
    let before: TableSnapshot | undefined;
    let matchedOn: string[] | undefined;
    if (keys.size) matchedOn = keyCols.filter((c) => batchColumns.some((cols) => cols.includes(c)));
    if (previous && keys.size) {
      // The target's rows for the same entities: matched on the key columns a batch table shares
      // (all versions of a customer, say), or on the whole key.
      const shared = keyCols.filter((c) => batchColumns.some((cols) => cols.includes(c)));
      const use = shared.length ? shared : keyCols;
      const pick = (key: string[]) => JSON.stringify(key.filter((_, j) => use.includes(keyCols[j])));
      const want = new Set([...keys].map((k) => pick(JSON.parse(k) as string[])));
      const rows = previous.filter((r) => want.has(pick(t.keyIdx.map((i) => valueKey(r[i])))));
      before = { name: t.table, columns: t.columns, rows: sortRowsByKey(rows, t.keyIdx).slice(0, CONTEXT_ROWS) };
    }
    if (matchedOn && !matchedOn.length) matchedOn = keyCols;
    return { batchRows, ...(before ? { before } : {}), ...(matchedOn ? { matchedOn } : {}) };
  }

  // ---- the reference ------------------------------------------------------------------------

  private reference(spec: PipelineProblemSpec, sc: PipelineScenarioSpec, resolved: Resolved): ReferenceScenario {
    const key = [spec.id, spec.schemaSql, spec.solutionSql, spec.rebuildSql ?? '', JSON.stringify(spec.targets), sc.initialSql, ...sc.batches.map((b) => b.sql)].join('\u0000');
    const hit = this.referenceCache.get(key);
    if (hit) return hit;
    const script = analyse(spec.solutionSql);
    const session = this.openSession(spec, sc, resolved);
    const ref: ReferenceScenario = { initial: [], states: [] };
    try {
      ref.initial = resolved.targets.map((t) => this.snapshot(session.db, t));
      for (let k = 0; k < sc.batches.length; k++) {
        this.loadBatch(session, spec, sc, k);
        try {
          this.runScript(session, script, false);
        } catch (e) {
          if (!(e instanceof ScriptStop)) throw e;
          const line = e.gradeError.kind === 'sql' || e.gradeError.kind === 'policy' ? e.gradeError.line : undefined;
          throw new AnswerError({
            kind: 'content',
            message: `the reference solution fails on scenario ${sc.name}, ${sc.batches[k].name}: ${'message' in e.gradeError ? e.gradeError.message : e.gradeError.kind}`,
            file: 'solution.sql',
            ...(line ? { line } : {}),
          });
        }
        ref.states.push(resolved.targets.map((t) => this.snapshot(session.db, t)));
      }
    } finally {
      session.db.close();
    }
    if (spec.rebuildSql !== undefined) ref.rebuild = this.rebuild(spec, sc, resolved);
    if (sc.generated) return ref;
    if (this.referenceCache.size > 500) this.referenceCache.clear();
    this.referenceCache.set(key, ref);
    return ref;
  }

  /**
   * The full rebuild after each batch: a database with the initial state and, for every batch
   * table T, a temp table all_T (batch_no, T's columns) holding every batch delivered so far;
   * rebuild.sql's result-producing statements give the targets' compared columns, in order.
   */
  private rebuild(spec: PipelineProblemSpec, sc: PipelineScenarioSpec, resolved: Resolved): SqlValue[][][][] {
    const session = this.openSession(spec, sc, resolved);
    const out: SqlValue[][][][] = [];
    try {
      const db = session.db;
      for (const t of spec.batchTables) {
        db.run(`CREATE TEMP TABLE ${quoteIdent(`all_${t}`)} AS SELECT 0 AS batch_no, * FROM main.${quoteIdent(t)} WHERE 0`);
      }
      for (let k = 0; k < sc.batches.length; k++) {
        this.fillBatch(session, spec, sc, k);
        for (const t of spec.batchTables) db.run(`INSERT INTO temp.${quoteIdent(`all_${t}`)} SELECT ${k + 1}, * FROM main.${quoteIdent(t)}`);
        let results: SqlValue[][][];
        try {
          db.run('SAVEPOINT rebuild');
          results = readAll(db, spec.rebuildSql!, this.limits.maxRows);
        } catch (e) {
          throw contentError(`rebuild.sql fails on scenario ${sc.name} after ${sc.batches[k].name}`, 'rebuild.sql', spec.rebuildSql!, e);
        } finally {
          try {
            db.run('ROLLBACK TO rebuild');
            db.run('RELEASE rebuild');
          } catch {
            /* the content error above is the one to report */
          }
        }
        if (results.length !== resolved.targets.length) {
          throw new AnswerError({ kind: 'content', message: `rebuild.sql returns ${results.length} result(s); it must return one per target (${resolved.targets.length})`, file: 'rebuild.sql' });
        }
        results.forEach((rows, i) => {
          const width = resolved.targets[i].columns.length;
          if (rows.length && rows[0].length !== width) {
            throw new AnswerError({ kind: 'content', message: `rebuild.sql's result ${i + 1} has ${rows[0].length} columns; ${resolved.targets[i].table} compares ${width}`, file: 'rebuild.sql' });
          }
        });
        out.push(results);
      }
    } finally {
      session.db.close();
    }
    return out;
  }

  // ---- databases, batches and runs ----------------------------------------------------------

  /** Targets' compared columns and keys, writable and guarded tables: read from the schema once. */
  private resolve(spec: PipelineProblemSpec): Resolved {
    const key = [spec.schemaSql, JSON.stringify(spec.targets), spec.writable.join(','), spec.batchTables.join(',')].join('\u0000');
    const hit = this.resolvedCache.get(key);
    if (hit) return hit;
    const db = new this.SQL.Database();
    try {
      try {
        db.exec(spec.schemaSql);
      } catch (e) {
        throw contentError('schema.sql does not load', 'schema.sql', spec.schemaSql, e);
      }
      const tables = mainTables(db);
      const info = (table: string) => {
        if (!tables.includes(table)) throw new AnswerError({ kind: 'content', message: `schema.sql has no table ${table} (problem.md names it)`, file: 'problem.md' });
        const cols = db.exec(`SELECT name, pk FROM pragma_table_info(${sqlString(table)})`)[0]?.values ?? [];
        return {
          columns: cols.map((c) => String(c[0])),
          pk: cols.filter((c) => Number(c[1]) > 0).sort((a, b) => Number(a[1]) - Number(b[1])).map((c) => String(c[0])),
        };
      };
      const table = (name: string, compare: string[] | undefined, ignore: string[], keyCols: string[] | undefined): ResolvedTable => {
        const { columns: all, pk } = info(name);
        for (const c of [...(compare ?? []), ...ignore, ...(keyCols ?? [])]) {
          if (!all.includes(c)) throw new AnswerError({ kind: 'content', message: `table ${name} has no column ${c} (problem.md names it)`, file: 'problem.md' });
        }
        const columns = (compare ?? all).filter((c) => !ignore.includes(c));
        const wanted = keyCols ?? pk;
        const keyIdx = wanted.length && wanted.every((c) => columns.includes(c)) ? wanted.map((c) => columns.indexOf(c)) : [];
        return { table: name, columns, keyIdx, select: `SELECT ${columns.map(quoteIdent).join(', ')} FROM main.${quoteIdent(name)}` };
      };
      spec.batchTables.forEach((b) => info(b));
      const targets = spec.targets.map((t) => table(t.table, t.compare, t.ignore, t.key));
      const writable = spec.writable.map((w) => table(w, undefined, [], undefined));
      const free = new Set([...targets, ...writable].map((t) => t.table));
      const resolved: Resolved = { targets, writable, guarded: tables.filter((t) => !free.has(t)) };
      this.resolvedCache.set(key, resolved);
      return resolved;
    } finally {
      db.close();
    }
  }

  /** A fresh database with schema.sql and the scenario's initial state, and the grader's guards. */
  private openSession(spec: PipelineProblemSpec, sc: PipelineScenarioSpec, resolved: Resolved): Session {
    const db = new this.SQL.Database();
    try {
      // sql.js keeps the database in an in-memory file system: a rollback journal there costs file
      // operations on every write, and nothing here needs durability.
      db.run('PRAGMA temp_store = MEMORY');
      db.run('PRAGMA journal_mode = MEMORY');
      db.run('PRAGMA synchronous = OFF');
      db.run('PRAGMA locking_mode = EXCLUSIVE');
      db.run(`PRAGMA max_page_count = ${this.limits.maxPageCount}`);
      db.run(`PRAGMA temp.max_page_count = ${this.limits.maxPageCount}`);
      try {
        db.exec(spec.schemaSql);
      } catch (e) {
        throw contentError('schema.sql does not load', 'schema.sql', spec.schemaSql, e);
      }
      try {
        if (sc.initialSql.trim()) db.exec(sc.initialSql);
      } catch (e) {
        throw contentError(`scenario ${sc.name}: initial.sql does not load`, `scenarios/${sc.name}/initial.sql`, sc.initialSql, e);
      }
      const armed = { on: false };
      db.create_function(GUARD_ARMED_FN, () => (armed.on ? 1 : 0));
      // Guard triggers stop any write to a table the script must not change, naming the table.
      // They fire only while the script runs (the grader itself loads the batches).
      const secret = randomSuffix();
      const guards = resolved.guarded.flatMap((t, i) =>
        ['INSERT', 'UPDATE', 'DELETE'].map(
          (op) =>
            `CREATE TEMP TRIGGER ${quoteIdent(`${GUARD_PREFIX}${secret}_${i}_${op.toLowerCase()}`)} BEFORE ${op} ON main.${quoteIdent(t)} WHEN ${GUARD_ARMED_FN}() BEGIN SELECT RAISE(ABORT, ${sqlString(GUARD_MESSAGE + t)}); END;`,
        ),
      );
      if (guards.length) db.exec(guards.join('\n'));
      const installed = readGuards(db);
      const probe = db.prepare('SELECT total_changes(), (SELECT schema_version FROM pragma_schema_version)');
      const allowed = [...resolved.targets, ...resolved.writable].map((t) => t.table);
      return { db, probe, armed, guarded: resolved.guarded, guards: installed, batchTables: spec.batchTables, batchFingerprint: '', allowed };
    } catch (e) {
      db.close();
      throw e;
    }
  }

  /** Empties the batch tables and loads batch k. */
  private loadBatch(session: Session, spec: PipelineProblemSpec, sc: PipelineScenarioSpec, k: number): void {
    const batch = sc.batches[k];
    // The previous run's session is over: its temp triggers must not fire while the batch loads.
    this.dropSessionObjects(session);
    this.fillBatch(session, spec, sc, k);
  }

  /** Empties the batch tables and loads batch k, leaving temp objects alone (the rebuild's own). */
  private fillBatch(session: Session, spec: PipelineProblemSpec, sc: PipelineScenarioSpec, k: number): void {
    const batch = sc.batches[k];
    try {
      session.db.exec(spec.batchTables.map((t) => `DELETE FROM main.${quoteIdent(t)};`).join('\n'));
      session.db.exec(batch.sql);
    } catch (e) {
      throw contentError(`scenario ${sc.name}: ${batch.name} does not load`, `scenarios/${sc.name}/${batch.name}.sql`, batch.sql, e);
    }
    session.batchFingerprint = this.batchFingerprint(session);
  }

  /** Every row of every batch table, as one string: cheap (batches are small) and unforgeable. */
  private batchFingerprint(session: Session): string {
    return session.batchTables
      .map((t) => {
        const rows = readAll(session.db, `SELECT * FROM main.${quoteIdent(t)}`, Number.MAX_SAFE_INTEGER)[0] ?? [];
        return rows.map((r) => r.map(valueKey).join('\u0001')).join('\u0002');
      })
      .join('\u0003');
  }

  /**
   * One run of the script as a new session: the previous run's temp objects are dropped, then each
   * statement runs in turn. Returns the rows each statement changed; throws ScriptStop.
   */
  private runScript(session: Session, script: Script, learner: boolean): StatementEffect[] {
    const { db, probe, armed } = session;
    const effects: StatementEffect[] = [];
    this.dropSessionObjects(session);
    const stop = (kind: ScriptStop['kind'], error: GradeError) => new ScriptStop(kind, error, effects);
    const text = script.text;
    let consumed = 0;
    let [changes, schema] = readProbe(probe);
    armed.on = true;
    if (learner) this.timer.enter();
    try {
      const it = db.iterateStatements(text);
      for (;;) {
        let stmt: Statement;
        const start = statementStart(script.masked, consumed);
        try {
          const next = it.next();
          if (next.done) break;
          stmt = next.value;
        } catch (e) {
          const message = messageOf(e);
          const span = splitStatements(text).find((s) => s.end >= start) ?? { start, end: text.length };
          throw stop('sql', { kind: 'sql', message, ...locateSqlError(message, text, Math.max(start, span.start), span.end) });
        }
        const sqlText = stmt.getSQL();
        const meta = statementMeta(script, start, consumed + sqlText.length);
        consumed += sqlText.length;
        // What SQLite prepared is judged again: the policy must have seen this statement.
        const refused = learner ? forbiddenStatement(sqlText) : undefined;
        if (refused) {
          stmt.free();
          this.tampered = refused;
          throw stop('policy', { kind: 'policy', message: refused, ...lineColumn(text, meta.start) });
        }
        try {
          while (stmt.step()) {
            /* rows of a SELECT in a script are not used */
          }
        } catch (e) {
          const message = messageOf(e);
          stmt.free();
          const at = lineColumn(text, meta.start);
          if (message.startsWith(GUARD_MESSAGE)) {
            const table = message.slice(GUARD_MESSAGE.length);
            throw stop('policy', { kind: 'policy', message: guardMessage(table, session), ...at });
          }
          if (/database or disk is full/.test(message)) {
            throw stop('limit', { kind: 'limit', message: `The statement at line ${meta.line} grew the database past its size limit; no problem here needs that much data.` });
          }
          throw stop('runtime', { kind: 'sql', message, ...locateSqlError(message, text, meta.start, consumed) });
        }
        const [c, s] = readProbe(probe);
        effects.push({ statementIndex: effects.length, line: meta.line, sqlPreview: meta.sqlPreview, rowsChanged: c - changes });
        changes = c;
        if (s !== schema) {
          throw stop('policy', {
            kind: 'policy',
            message:
              `The statement at line ${meta.line} changes the database schema (it creates, drops or alters a table, index, view or trigger of the problem's database). ` +
              'A pipeline run may only change rows: keep intermediate results in TEMP tables (CREATE TEMP TABLE ...), which disappear after each run.',
            line: meta.line,
            column: lineColumn(text, meta.start).column,
          });
        }
      }
    } finally {
      armed.on = false;
      if (learner) this.timer.leave();
    }
    // A transaction left open would be rolled back when a real session ends.
    try {
      db.run('BEGIN');
      db.run('ROLLBACK');
    } catch {
      db.run('ROLLBACK');
      const begin = splitStatements(text).find((s) => s.words[0] && ['BEGIN', 'SAVEPOINT'].includes(s.words[0].upper));
      throw stop('policy', {
        kind: 'policy',
        message: 'The script leaves a transaction open (BEGIN or SAVEPOINT without COMMIT or RELEASE): when a real session ends, its changes are rolled back. End it with COMMIT.',
        ...(begin ? lineColumn(text, begin.words[0].offset) : { line: 1, column: 1 }),
      });
    }
    // The guards must be the ones installed, and the batch as loaded: neither can be swapped back.
    if (!sameGuards(session.guards, readGuards(db)) || this.batchFingerprint(session) !== session.batchFingerprint) {
      throw stop('policy', { kind: 'policy', message: "The script changed the grader's guard triggers or the incoming batch: an answer must not tamper with grading.", line: 1, column: 1 });
    }
    return effects;
  }

  /** Drops the temp tables, views and triggers a previous run created (a new run is a new session). */
  private dropSessionObjects(session: Session): void {
    const r = session.db.exec("SELECT type, name FROM sqlite_temp_master WHERE type IN ('table', 'view', 'trigger')");
    const objects = (r[0]?.values ?? []).filter(([type, name]) => !(type === 'trigger' && session.guards.has(String(name))));
    if (!objects.length) return;
    const rank = (type: string) => (type === 'trigger' ? 0 : type === 'view' ? 1 : 2);
    const sql = [...objects]
      .sort((a, b) => rank(String(a[0])) - rank(String(b[0])))
      .map(([type, name]) => `DROP ${String(type).toUpperCase()} IF EXISTS temp.${quoteIdent(String(name))};`)
      .join('\n');
    session.db.exec(sql);
  }

  /** The compared columns of a table, every row (capped by the row limit). */
  private snapshot(db: Database, t: ResolvedTable): SqlValue[][] {
    const rows = readAll(db, t.select, this.limits.maxRows)[0] ?? [];
    return rows;
  }

  private snapshotAll(db: Database, table: string): TableSnapshot {
    const stmt = db.prepare(`SELECT * FROM main.${quoteIdent(table)}`);
    try {
      const columns = stmt.getColumnNames();
      const rows: SqlValue[][] = [];
      const getRow = stmt.get.bind(stmt) as unknown as (p: null, c: { useBigInt: boolean }) => SqlValue[];
      while (stmt.step() && rows.length < SHOW_ROWS) rows.push(getRow(null, { useBigInt: true }));
      return { name: table, columns, rows };
    } finally {
      stmt.free();
    }
  }
}

/** A stop on a given batch of a scenario, ending the whole grade with status 'error'. */
class ScenarioError extends Error {
  constructor(
    readonly gradeError: GradeError,
    readonly batch: string,
  ) {
    super('message' in gradeError ? gradeError.message : gradeError.kind);
  }
}

function withDataset(e: GradeError, sc: PipelineScenarioSpec, batch: string): GradeError {
  return e.kind === 'sql' ? { ...e, dataset: `${sc.name}/${batch}` } : e;
}

function guardMessage(table: string, session: Session): string {
  const allowed = session.allowed.join(', ');
  return session.batchTables.includes(table)
    ? `The script writes to ${table}, the incoming batch: the grader fills it before every run, and the script may only read it. A run may change only ${allowed}.`
    : `The script writes to ${table}, which this problem does not let a run change. A run may change only ${allowed}.`;
}

/** The temp triggers whose names carry the guard prefix, name → SQL. */
function readGuards(db: Database): Map<string, string> {
  const r = db.exec(`SELECT name, sql FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE '${GUARD_PREFIX}%'`);
  return new Map((r[0]?.values ?? []).map(([name, sql]) => [String(name), String(sql)]));
}

function sameGuards(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([name, sql]) => b.get(name) === sql);
}

function randomSuffix(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return hex(bytes);
}

function readProbe(probe: Statement): [number, number] {
  probe.step();
  const r = probe.get();
  probe.reset();
  return [Number(r[0]), Number(r[1])];
}

/**
 * Runs statements and returns the rows of each that produces columns (each capped). Used for
 * snapshots and rebuild.sql, never for the learner's script.
 */
function readAll(db: Database, sql: string, maxRows: number): SqlValue[][][] {
  const out: SqlValue[][][] = [];
  for (const stmt of db.iterateStatements(sql)) {
    const hasColumns = stmt.getColumnNames().length > 0;
    const rows: SqlValue[][] = [];
    const getRow = stmt.get.bind(stmt) as unknown as (p: null, c: { useBigInt: boolean }) => SqlValue[];
    while (stmt.step()) {
      if (!hasColumns) continue;
      rows.push(getRow(null, { useBigInt: true }));
      if (rows.length > maxRows) {
        throw new AnswerError({ kind: 'limit', message: `A table grew past ${maxRows.toLocaleString('en')} rows; no problem here needs that many. Check for rows inserted on every run.` });
      }
    }
    if (hasColumns) out.push(rows);
  }
  return out;
}

function mainTables(db: Database): string[] {
  const r = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
  return (r[0]?.values ?? []).map((v) => String(v[0]));
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function capSnapshot(t: ResolvedTable, rows: SqlValue[][]): TableSnapshot {
  return { name: t.table, columns: t.columns, rows: sortRowsByKey(rows, t.keyIdx).slice(0, SHOW_ROWS) };
}

function analyse(text: string): Script {
  return { text, masked: maskCommentsAndStrings(text), meta: new Map() };
}

/** Offset of the first character of SQL at or after `from` (blanks, comments and `;` skipped). */
function statementStart(masked: string, from: number): number {
  let i = from;
  while (i < masked.length && (masked[i] === ';' || /\s/.test(masked[i]))) i++;
  return i;
}

function statementMeta(script: Script, start: number, end: number): { line: number; start: number; sqlPreview: string } {
  const hit = script.meta.get(start);
  if (hit) return hit;
  const meta = { line: lineColumn(script.text, start).line, start, sqlPreview: preview(script.text, script.masked, start, end) };
  script.meta.set(start, meta);
  return meta;
}

/** The statement's text without comments, whitespace collapsed, cut to about 70 characters. */
function preview(text: string, masked: string, start: number, end: number): string {
  let out = '';
  let inString = false;
  for (let i = start; i < end; i++) {
    if (masked[i] === "'") inString = !inString;
    // Inside comments the mask is blank while the text is not; inside strings both are kept.
    const keep = inString || masked[i] === "'" || masked[i] !== ' ' || /\s/.test(text[i]);
    out += keep ? text[i] : ' ';
  }
  const flat = out.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
}

export { changedRowCount, diffTable };
export type { TableDiff };
