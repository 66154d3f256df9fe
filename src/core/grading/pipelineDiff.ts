/**
 * Differences between two states of a table: aligned by key where the table has one (so the diff
 * reads as inserted / deleted / updated rows), a bag difference otherwise. Pure: no sql.js.
 */
import { compareForSort, multisetDifference, rowsEqual } from './compare';
import type { DiffCounts, TableDiff, UpdatedRow } from './pipelineTypes';
import { DEFAULT_TOLERANCE, valueKey, valuesEqual, type SqlValue, type Tolerance } from './values';

/** How many example rows a diff carries for each kind (the counts say how many there were). */
export const DIFF_SAMPLE_ROWS = 5;

const keyOf = (row: SqlValue[], keyIdx: number[]) => keyIdx.map((i) => valueKey(row[i])).join('\u0001');

function compareRows(a: SqlValue[], b: SqlValue[], order: number[]): number {
  for (const i of order) {
    const c = compareForSort(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** Column order for sorting: the key first, then every other column, so output is deterministic. */
function sortOrder(width: number, keyIdx: number[]): number[] {
  return [...keyIdx, ...Array.from({ length: width }, (_, i) => i).filter((i) => !keyIdx.includes(i))];
}

/** Rows sorted by the key columns, then the others (SQLite's order): how states are shown. */
export function sortRowsByKey(rows: SqlValue[][], keyIdx: number[]): SqlValue[][] {
  if (!rows.length) return rows;
  const order = sortOrder(rows[0].length, keyIdx);
  return [...rows].sort((a, b) => compareRows(a, b, order));
}

/** Are the key values unique among the rows (a precondition of aligning by key)? */
function uniqueKeys(rows: SqlValue[][], keyIdx: number[]): Map<string, SqlValue[]> | undefined {
  const m = new Map<string, SqlValue[]>();
  for (const r of rows) {
    const k = keyOf(r, keyIdx);
    if (m.has(k)) return undefined;
    m.set(k, r);
  }
  return m;
}

/** True when the two states hold the same rows (bag semantics, grading equality). */
export function sameRows(before: SqlValue[][], after: SqlValue[][], tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (before.length !== after.length) return false;
  const d = multisetDifference(before, after, tol);
  return d.missing.length === 0 && d.extra.length === 0;
}

/**
 * The diff from `before` to `after`. `keyIdx` are positions in `columns`; when empty, or when a
 * key repeats on either side, rows are compared as bags and nothing counts as "updated".
 */
export function diffTable(
  table: string,
  columns: string[],
  keyIdx: number[],
  before: SqlValue[][],
  after: SqlValue[][],
  tol: Tolerance = DEFAULT_TOLERANCE,
  sample = DIFF_SAMPLE_ROWS,
): TableDiff {
  const order = sortOrder(columns.length, keyIdx);
  const sortRows = (rows: SqlValue[][]) => [...rows].sort((a, b) => compareRows(a, b, order));
  const beforeByKey = keyIdx.length ? uniqueKeys(before, keyIdx) : undefined;
  const afterByKey = keyIdx.length ? uniqueKeys(after, keyIdx) : undefined;

  let inserted: SqlValue[][] = [];
  let deleted: SqlValue[][] = [];
  const updated: UpdatedRow[] = [];
  let keyColumns: string[] = [];

  if (beforeByKey && afterByKey) {
    keyColumns = keyIdx.map((i) => columns[i]);
    for (const [k, b] of beforeByKey) {
      const a = afterByKey.get(k);
      if (!a) deleted.push(b);
      else if (!rowsEqual(a, b, tol)) {
        updated.push({
          key: keyIdx.map((i) => b[i]),
          before: b,
          after: a,
          changedColumns: columns.filter((_, i) => !valuesEqual(a[i], b[i], tol)),
        });
      }
    }
    for (const [k, a] of afterByKey) if (!beforeByKey.has(k)) inserted.push(a);
  } else {
    const d = multisetDifference(before, after, tol);
    deleted = d.missing;
    inserted = d.extra;
  }
  inserted = sortRows(inserted);
  deleted = sortRows(deleted);
  updated.sort((x, y) => compareRows(x.before, y.before, order));
  return {
    table,
    columns,
    keyColumns,
    inserted: inserted.slice(0, sample),
    deleted: deleted.slice(0, sample),
    updated: updated.slice(0, sample),
    counts: { inserted: inserted.length, deleted: deleted.length, updated: updated.length, beforeRows: before.length, afterRows: after.length },
  };
}

/** Rows touched by a diff: what "the second run changed N rows" counts. */
export function changedRowCount(c: DiffCounts): number {
  return c.inserted + c.deleted + c.updated;
}

export function isEmptyDiff(d: TableDiff): boolean {
  return changedRowCount(d.counts) === 0;
}
