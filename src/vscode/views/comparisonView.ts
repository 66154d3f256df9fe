/**
 * Two results merged into one marked table (ComparisonView): expected vs yours after a check or a
 * run, and a table before vs after a pipeline run. Rows are aligned by key when one is declared
 * and unique on both sides; otherwise equal rows are paired as a bag, and a leftover expected row
 * and a leftover row of yours that share their first column are shown as one changed row. Pure:
 * no vscode import.
 */
import { rowsEqual } from '../../core/grading/compare';
import { DEFAULT_TOLERANCE, valueKey, valuesEqual, type ResultSet, type SqlValue, type Tolerance } from '../../core/grading/values';
import type { ComparisonRowView, ComparisonView, RowMark } from '../../shared/messages';
import { cellView } from './tableView';

export interface ComparisonOptions {
  /** expected: left = expected, right = yours. change: left = before, right = after. */
  sides: ComparisonView['sides'];
  /** Columns that identify a row (a pipeline target's key); absent: the first column, loosely. */
  key?: string[];
  tolerance?: Tolerance;
  /** Rows shown at most (the counts cover every row). */
  maxRows?: number;
}

const MARKS = {
  expected: { leftOnly: 'missing', rightOnly: 'extra', differs: 'changed' },
  change: { leftOnly: 'deleted', rightOnly: 'inserted', differs: 'updated' },
} as const;

const keyOf = (row: SqlValue[], idx: number[]) => idx.map((i) => valueKey(row[i])).join('\u0001');

function uniqueByKey(rows: SqlValue[][], idx: number[]): Map<string, number> | undefined {
  const m = new Map<string, number>();
  for (const [i, r] of rows.entries()) {
    const k = keyOf(r, idx);
    if (m.has(k)) return undefined;
    m.set(k, i);
  }
  return m;
}

interface Aligned {
  mark: 'same' | 'leftOnly' | 'rightOnly' | 'differs';
  left?: SqlValue[];
  right?: SqlValue[];
}

/** Pairs rows by a key unique on both sides; undefined when the key repeats. */
function alignByKey(left: SqlValue[][], right: SqlValue[][], idx: number[], tol: Tolerance): Aligned[] | undefined {
  const l = uniqueByKey(left, idx);
  const r = uniqueByKey(right, idx);
  if (!l || !r) return undefined;
  const out: Aligned[] = [];
  for (const row of left) {
    const j = r.get(keyOf(row, idx));
    if (j === undefined) out.push({ mark: 'leftOnly', left: row });
    else out.push({ mark: rowsEqual(row, right[j], tol) ? 'same' : 'differs', left: row, right: right[j] });
  }
  placeRightOnly(out, right.filter((row) => !l.has(keyOf(row, idx))), idx);
  return out;
}

/** Equal rows paired as a bag; leftovers sharing their first column become one changed row. */
function alignAsBag(left: SqlValue[][], right: SqlValue[][], tol: Tolerance): Aligned[] {
  const takenRight = new Array<boolean>(right.length).fill(false);
  const pending = new Map<string, number[]>();
  right.forEach((row, j) => {
    const k = keyOf(row, row.map((_, i) => i));
    pending.set(k, [...(pending.get(k) ?? []), j]);
  });
  const out: Aligned[] = left.map((row) => {
    const list = pending.get(keyOf(row, row.map((_, i) => i)));
    let exact = -1;
    while (list?.length && exact < 0) {
      const j = list.shift()!;
      if (!takenRight[j]) exact = j;
    }
    // Values within tolerance can differ in their keys (0.30000000001 vs 0.3).
    if (exact < 0) exact = right.findIndex((r, j) => !takenRight[j] && rowsEqual(row, r, tol));
    if (exact < 0) return { mark: 'leftOnly', left: row };
    takenRight[exact] = true;
    return { mark: 'same', left: row, right: right[exact] };
  });
  // A missing and an extra row with the same first value read best as one row with changed cells.
  for (const entry of out) {
    if (entry.mark !== 'leftOnly' || !entry.left?.length) continue;
    const j = right.findIndex((r, jj) => !takenRight[jj] && r.length && valuesEqual(r[0], entry.left![0], tol));
    if (j < 0) continue;
    takenRight[j] = true;
    entry.mark = 'differs';
    entry.right = right[j];
  }
  placeRightOnly(out, right.filter((_, j) => !takenRight[j]), [0]);
  return out;
}

/** Rows only on the right go after the last row sharing their key, else at the end. */
function placeRightOnly(out: Aligned[], rows: SqlValue[][], idx: number[]): void {
  for (const row of rows) {
    const k = keyOf(row, idx);
    let at = -1;
    out.forEach((e, i) => {
      const other = e.left ?? e.right;
      if (other && keyOf(other, idx) === k) at = i;
    });
    const entry: Aligned = { mark: 'rightOnly', right: row };
    if (at >= 0) out.splice(at + 1, 0, entry);
    else out.push(entry);
  }
}

/**
 * The merged view of `left` and `right`, or undefined when they do not have the same columns (two
 * separate tables say more then).
 */
export function comparisonView(caption: string, left: ResultSet, right: ResultSet, options: ComparisonOptions): ComparisonView | undefined {
  if (left.columns.length !== right.columns.length || left.columns.length === 0) return undefined;
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const keyIdx = (options.key ?? []).map((c) => left.columns.indexOf(c));
  const declared = keyIdx.length > 0 && keyIdx.every((i) => i >= 0);
  const aligned = (declared && alignByKey(left.rows, right.rows, keyIdx, tol)) || alignAsBag(left.rows, right.rows, tol);

  // Key columns first, so the table can keep them in view.
  const lead = declared ? keyIdx : [0];
  const order = [...lead, ...left.columns.map((_, i) => i).filter((i) => !lead.includes(i))];
  const marks = MARKS[options.sides];
  const counts: Partial<Record<RowMark, number>> = {};
  const rows: ComparisonRowView[] = [];
  const max = options.maxRows ?? 200;
  for (const a of aligned) {
    const mark: RowMark = a.mark === 'same' ? 'same' : marks[a.mark];
    counts[mark] = (counts[mark] ?? 0) + 1;
    if (rows.length >= max) continue;
    const shown = (a.right ?? a.left)!;
    const row: ComparisonRowView = { mark, cells: order.map((i) => cellView(shown[i])) };
    if (a.mark === 'differs') row.was = order.map((i) => (valuesEqual(a.left![i], a.right![i], tol) ? null : cellView(a.left![i])));
    rows.push(row);
  }
  const view: ComparisonView = { caption, sides: options.sides, columns: order.map((i) => left.columns[i]), keyColumns: lead.length, rows, counts };
  if (aligned.length > rows.length || left.truncated || right.truncated) view.truncated = true;
  return view;
}

/** "2 missing, 1 extra" / "1 inserted, 2 updated": the marks that are not `same`, in words. */
export function describeMarks(counts: ComparisonView['counts']): string {
  const order: RowMark[] = ['missing', 'extra', 'changed', 'inserted', 'updated', 'deleted'];
  const words: Record<RowMark, string> = { same: 'same', missing: 'missing', extra: 'extra', changed: 'different', inserted: 'inserted', updated: 'updated', deleted: 'deleted' };
  const parts = order.filter((m) => counts[m]).map((m) => `${counts[m]} ${counts[m] === 1 ? 'row' : 'rows'} ${words[m]}`);
  return parts.join(', ');
}
