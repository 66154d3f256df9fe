/**
 * What the generator knows about a problem's data: the tables and their constraints (read from
 * schema.sql through SQLite's own pragmas, so nothing is parsed by hand), each column's kind of
 * values (a timestamp, a date, a number, text: read from the problem's datasets), and the rows of a
 * dataset as plain values that mutations edit and that load back into a database.
 */
import type { Database, Statement } from 'sql.js';
import type { TableSnapshot } from '../types';
import type { SqlValue } from '../values';

export type ValueKind = 'timestamp' | 'date' | 'integer' | 'real' | 'text' | 'other';

export interface ColumnInfo {
  name: string;
  declaredType: string;
  notNull: boolean;
  /** Part of the primary key. */
  pk: boolean;
  /** The table's INTEGER PRIMARY KEY (a rowid alias). */
  integerPk: boolean;
  /** Alone in a PRIMARY KEY or UNIQUE constraint: no two rows may share a value. */
  unique: boolean;
  kind: ValueKind;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** Column sets of the primary key and every UNIQUE constraint or unique index. */
  uniqueSets: string[][];
  /**
   * Holds exactly one row in every dataset the author wrote (a `params` or `batch_meta` table):
   * statements say "one row" of such tables, so generated data changes its values, never its count.
   */
  singleRow?: boolean;
}

/** Rows per table, each row in the order of its TableInfo's columns. */
export type DataSet = Map<string, SqlValue[][]>;

export const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function userTableNames(db: Database): string[] {
  const r = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
  return (r[0]?.values ?? []).map((v) => String(v[0]));
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The tables of schema.sql with their constraints; column kinds are refined by `inferKinds`. */
export function readSchema(db: Database): TableInfo[] {
  return userTableNames(db).map((name) => {
    const cols = db.exec(`SELECT name, type, "notnull", pk FROM pragma_table_info(${lit(name)}) ORDER BY cid`)[0]?.values ?? [];
    const pkCols = cols.filter((c) => Number(c[3]) > 0).map((c) => String(c[0]));
    const uniqueSets: string[][] = pkCols.length ? [pkCols] : [];
    const indexes = db.exec(`SELECT name, "unique", partial FROM pragma_index_list(${lit(name)})`)[0]?.values ?? [];
    for (const [idx, unique, partial] of indexes) {
      // A partial unique index binds only some rows: the insert itself will say when it is broken.
      if (Number(unique) !== 1 || Number(partial) === 1) continue;
      const set = (db.exec(`SELECT name FROM pragma_index_info(${lit(String(idx))}) ORDER BY seqno`)[0]?.values ?? []).map((v) => String(v[0]));
      if (set.length && !uniqueSets.some((s) => s.join() === set.join())) uniqueSets.push(set);
    }
    const columns: ColumnInfo[] = cols.map(([n, type, notNull]) => {
      const colName = String(n);
      const declaredType = String(type ?? '').toUpperCase();
      return {
        name: colName,
        declaredType,
        notNull: Number(notNull) === 1,
        pk: pkCols.includes(colName),
        integerPk: pkCols.length === 1 && pkCols[0] === colName && declaredType === 'INTEGER',
        unique: uniqueSets.some((s) => s.length === 1 && s[0] === colName),
        kind: affinityKind(declaredType),
      };
    });
    return { name, columns, uniqueSets };
  });
}

function affinityKind(declared: string): ValueKind {
  if (declared.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(declared)) return 'text';
  if (/REAL|FLOA|DOUB/.test(declared)) return 'real';
  if (declared === '' || declared.includes('BLOB')) return 'other';
  return 'real';
}

/** Text columns whose values all look like timestamps or dates become time columns. */
export function inferKinds(tables: TableInfo[], datasets: DataSet[]): TableInfo[] {
  return tables.map((t) => ({
    ...t,
    singleRow: datasets.length > 0 && datasets.every((d) => d.get(t.name)?.length === 1),
    columns: t.columns.map((c, i) => {
      if (c.kind !== 'text' && c.kind !== 'other') return c;
      const values = datasets.flatMap((d) => (d.get(t.name) ?? []).map((r) => r[i])).filter((v): v is string => typeof v === 'string');
      if (!values.length) return c;
      if (values.every((v) => TIMESTAMP_RE.test(v))) return { ...c, kind: 'timestamp' as const };
      if (values.every((v) => DATE_RE.test(v))) return { ...c, kind: 'date' as const };
      return c;
    }),
  }));
}

export function readData(db: Database, tables: readonly TableInfo[]): DataSet {
  const data: DataSet = new Map();
  for (const t of tables) {
    const stmt = db.prepare(`SELECT ${t.columns.map((c) => q(c.name)).join(', ')} FROM ${q(t.name)} ORDER BY rowid`);
    const rows: SqlValue[][] = [];
    const getRow = stmt.get.bind(stmt) as unknown as (p: null, c: { useBigInt: boolean }) => SqlValue[];
    try {
      while (stmt.step()) rows.push(getRow(null, { useBigInt: true }));
    } finally {
      stmt.free();
    }
    data.set(t.name, rows);
  }
  return data;
}

export function cloneData(data: DataSet): DataSet {
  return new Map([...data].map(([k, rows]) => [k, rows.map((r) => [...r])]));
}

/** Inserts the rows with prepared statements (the database's constraints decide what is valid). */
export class DataLoader {
  private readonly inserts = new Map<string, Statement>();
  constructor(
    private readonly db: Database,
    private readonly tables: readonly TableInfo[],
  ) {}

  /** Throws (a constraint message from SQLite) when a row breaks the schema. */
  load(data: DataSet): void {
    for (const t of this.tables) {
      const rows = data.get(t.name);
      if (!rows?.length) continue;
      let stmt = this.inserts.get(t.name);
      if (!stmt) {
        stmt = this.db.prepare(`INSERT INTO ${q(t.name)} (${t.columns.map((c) => q(c.name)).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`);
        this.inserts.set(t.name, stmt);
      }
      for (const r of rows) stmt.run(r as Parameters<Statement['run']>[0]);
    }
  }

  dispose(): void {
    for (const s of this.inserts.values()) s.free();
    this.inserts.clear();
  }
}

/** A dataset as INSERT statements, the format of datasets/*.sql. */
export function dataToSql(tables: readonly { name: string; columns: string[]; rows: SqlValue[][] }[], header?: string): string {
  const out: string[] = [];
  if (header) out.push(...header.split('\n').map((l) => `-- ${l}`.trimEnd()));
  for (const t of tables) {
    if (!t.rows.length) continue;
    out.push(`INSERT INTO ${t.name} (${t.columns.join(', ')}) VALUES`);
    out.push(t.rows.map((r) => `  (${r.map(sqlLiteral).join(', ')})`).join(',\n') + ';');
  }
  return out.join('\n') + '\n';
}

export function snapshotsOf(tables: readonly TableInfo[], data: DataSet, only?: readonly string[]): TableSnapshot[] {
  return tables.filter((t) => !only || only.includes(t.name)).map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name), rows: data.get(t.name) ?? [] }));
}

export function sqlLiteral(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? (Number.isInteger(v) ? v.toFixed(1) : String(v)) : 'NULL';
  if (typeof v === 'string') return lit(v);
  return `X'${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}'`;
}
