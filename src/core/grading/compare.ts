/**
 * Result-set comparison: the rules of docs/grading.md, one function per rule, and the feedback
 * ladder that decides which difference is the headline. Pure: no sql.js, no I/O.
 */
import {
  DEFAULT_TOLERANCE,
  isNumeric,
  typeOf,
  valueKey,
  valuesEqual,
  type ResultSet,
  type SqlValue,
  type Tolerance,
} from './values';

export interface OrderKey {
  /** 0-based output column. */
  column: number;
  descending: boolean;
}

export interface CompareOptions {
  /** Present: rows must come sorted by these keys (any order within ties). */
  orderBy?: OrderKey[];
  setSemantics?: boolean;
  requireColumnNames?: boolean;
  tolerance?: Tolerance;
  /** The rounding the statement demands, e.g. "rounded to 2 decimals", quoted in near-miss messages. */
  rounding?: string;
}

export type CellHintKind =
  /** Expected a number, got text that reads as that number. */
  | 'textForNumber'
  /** Expected text, got a number. */
  | 'numberForText'
  /** Expected a fraction, got the integer it truncates to. */
  | 'integerDivision'
  /** Expected NULL, got '', 0 or 'NULL' (or the reverse). */
  | 'nullConfusion'
  /** Numbers close but beyond tolerance: usually rounding. */
  | 'nearNumber';

export interface CellHint {
  kind: CellHintKind;
  /** 0-based column. */
  column: number;
  columnName: string;
  expected: SqlValue;
  actual: SqlValue;
}

export type Finding =
  | { kind: 'columnCount'; expected: number; actual: number; expectedColumns: string[]; actualColumns: string[] }
  | { kind: 'columnNames'; mismatches: { position: number; expected: string; actual: string }[] }
  | { kind: 'rowCount'; expected: number; actual: number }
  | { kind: 'rows'; missing: SqlValue[][]; extra: SqlValue[][]; missingCount: number; extraCount: number }
  /** The distinct rows are right; only how many times some appear is wrong. */
  | { kind: 'duplicates'; rows: { row: SqlValue[]; expected: number; actual: number }[] }
  | { kind: 'order'; position: number; expectedKey: SqlValue[]; actualKey: SqlValue[]; keyColumns: string[] }
  | { kind: 'cellHints'; hints: CellHint[] };

export interface Comparison {
  equal: boolean;
  /** The ladder in order: the first entry is the headline. */
  findings: Finding[];
}

/** How many missing/extra rows a finding carries (the counts say how many there were in all). */
export const SAMPLE_ROWS = 5;

export function compareResults(expected: ResultSet, actual: ResultSet, options: CompareOptions = {}): Comparison {
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const findings: Finding[] = [];

  if (expected.columns.length !== actual.columns.length) {
    findings.push({
      kind: 'columnCount',
      expected: expected.columns.length,
      actual: actual.columns.length,
      expectedColumns: expected.columns,
      actualColumns: actual.columns,
    });
    return { equal: false, findings };
  }

  if (options.requireColumnNames) {
    const norm = (s: string) => s.trim().toLowerCase();
    const mismatches = expected.columns
      .map((e, i) => ({ position: i + 1, expected: e, actual: actual.columns[i] }))
      .filter((m) => norm(m.expected) !== norm(m.actual));
    if (mismatches.length) findings.push({ kind: 'columnNames', mismatches });
  }

  const expRows = options.setSemantics ? distinctRows(expected.rows, tol) : expected.rows;
  const actRows = options.setSemantics ? distinctRows(actual.rows, tol) : actual.rows;
  const diff = multisetDifference(expRows, actRows, tol);

  if (diff.missing.length || diff.extra.length) {
    if (expRows.length !== actRows.length) findings.push({ kind: 'rowCount', expected: expRows.length, actual: actRows.length });
    const dup = duplicatesOnly(expRows, actRows, tol);
    if (dup) findings.push({ kind: 'duplicates', rows: dup.slice(0, SAMPLE_ROWS) });
    else
      findings.push({
        kind: 'rows',
        missing: diff.missing.slice(0, SAMPLE_ROWS),
        extra: diff.extra.slice(0, SAMPLE_ROWS),
        missingCount: diff.missing.length,
        extraCount: diff.extra.length,
      });
    const hints = explainCellDifferences(diff.missing, diff.extra, expected.columns, tol);
    if (hints.length) findings.push({ kind: 'cellHints', hints });
    return { equal: false, findings };
  }

  if (options.orderBy?.length) {
    const order = firstOrderViolation(expected.rows, actual.rows, options.orderBy, tol);
    if (order !== undefined) {
      findings.push({
        kind: 'order',
        position: order + 1,
        expectedKey: options.orderBy.map((k) => expected.rows[order][k.column]),
        actualKey: options.orderBy.map((k) => actual.rows[order][k.column]),
        keyColumns: options.orderBy.map((k) => expected.columns[k.column] ?? `column ${k.column + 1}`),
      });
    }
  }
  return { equal: findings.length === 0, findings };
}

export function rowsEqual(a: SqlValue[], b: SqlValue[], tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  return a.length === b.length && a.every((v, i) => valuesEqual(v, b[i], tol));
}

const rowKey = (row: SqlValue[]) => row.map(valueKey).join('\u0001');

// Tolerance only matters for "loose" values: a REAL, or an integer beyond 2^53. Every other value
// (NULL, text, blob, a safe integer) equals another exactly when their keys are equal. So two rows
// with different keys can still be equal only if their non-numeric cells are identical (the same
// shape) and one of them holds a loose value. The tolerant fallbacks below look only there, which
// keeps a wrong answer near the row cap from scanning every pair of rows.
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const isLoose = (v: SqlValue) => typeof v === 'number' || (typeof v === 'bigint' && (v > MAX_SAFE || v < -MAX_SAFE));
const rowIsLoose = (row: SqlValue[]) => row.some(isLoose);
const shapeKey = (row: SqlValue[]) => row.map((v) => (isNumeric(v) ? '#' : valueKey(v))).join('\u0001');

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Bag difference: rows expected but not returned, and rows returned but not expected. */
export function multisetDifference(expected: SqlValue[][], actual: SqlValue[][], tol: Tolerance = DEFAULT_TOLERANCE) {
  const pending = groupBy(expected, rowKey);
  let extra: SqlValue[][] = [];
  for (const row of actual) {
    const list = pending.get(rowKey(row));
    if (list && list.length) list.pop();
    else extra.push(row);
  }
  let missing = [...pending.values()].flat();
  // Values within tolerance can hash apart (0.30000000001 vs 0.3): pair the leftovers tolerantly,
  // each returned row with the first missing row equal to it.
  if (missing.length && extra.length) {
    const indices = missing.map((_, j) => j);
    const all = groupBy(indices, (j) => shapeKey(missing[j]));
    const loose = groupBy(indices.filter((j) => rowIsLoose(missing[j])), (j) => shapeKey(missing[j]));
    const taken = new Array<boolean>(missing.length).fill(false);
    const stillExtra: SqlValue[][] = [];
    for (const row of extra) {
      const pool = (rowIsLoose(row) ? all : loose).get(shapeKey(row)) ?? [];
      const j = pool.find((i) => !taken[i] && rowsEqual(missing[i], row, tol));
      if (j === undefined) stillExtra.push(row);
      else taken[j] = true;
    }
    extra = stillExtra;
    missing = missing.filter((_, j) => !taken[j]);
  }
  // Keep the reported missing rows in the expected result's order, which reads best.
  if (missing.length) {
    const left = new Set(missing);
    missing = expected.filter((r) => left.has(r));
  }
  return { missing, extra };
}

function distinctRows(rows: SqlValue[][], tol: Tolerance): SqlValue[][] {
  const out: SqlValue[][] = [];
  const seen = new Set<string>();
  const kept = new Map<string, SqlValue[][]>();
  const keptLoose = new Map<string, SqlValue[][]>();
  for (const row of rows) {
    const k = rowKey(row);
    if (seen.has(k)) continue;
    const shape = shapeKey(row);
    const loose = rowIsLoose(row);
    if (((loose ? kept : keptLoose).get(shape) ?? []).some((r) => rowsEqual(r, row, tol))) continue;
    seen.add(k);
    out.push(row);
    for (const [map, add] of [[kept, true], [keptLoose, loose]] as const) {
      if (!add) continue;
      const list = map.get(shape);
      if (list) list.push(row);
      else map.set(shape, [row]);
    }
  }
  return out;
}

/** How many of `rows` equal a given row (grading equality), without a scan per question. */
function equalCounter(rows: SqlValue[][], tol: Tolerance): (row: SqlValue[]) => number {
  const exact = new Map<string, number>();
  for (const r of rows) if (!rowIsLoose(r)) exact.set(rowKey(r), (exact.get(rowKey(r)) ?? 0) + 1);
  const all = groupBy(rows, shapeKey);
  const loose = groupBy(rows.filter(rowIsLoose), shapeKey);
  const tolerant = (pool: SqlValue[][] | undefined, row: SqlValue[]) => (pool ?? []).filter((r) => rowsEqual(r, row, tol)).length;
  return (row) => (rowIsLoose(row) ? tolerant(all.get(shapeKey(row)), row) : (exact.get(rowKey(row)) ?? 0) + tolerant(loose.get(shapeKey(row)), row));
}

/** When both sides hold the same distinct rows, the rows whose multiplicity differs. */
function duplicatesOnly(expected: SqlValue[][], actual: SqlValue[][], tol: Tolerance) {
  const de = distinctRows(expected, tol);
  const da = distinctRows(actual, tol);
  if (de.length !== da.length || multisetDifference(de, da, tol).missing.length) return undefined;
  const inExpected = equalCounter(expected, tol);
  const inActual = equalCounter(actual, tol);
  return de
    .map((row) => ({ row, expected: inExpected(row), actual: inActual(row) }))
    .filter((c) => c.expected !== c.actual);
}

/**
 * With both sides holding the same rows, the first position whose sort key differs from the
 * expected sequence of keys. Rows that tie on the keys may come in any order.
 */
export function firstOrderViolation(expected: SqlValue[][], actual: SqlValue[][], keys: OrderKey[], tol: Tolerance = DEFAULT_TOLERANCE): number | undefined {
  for (let i = 0; i < expected.length; i++) {
    if (!keys.every((k) => valuesEqual(expected[i][k.column], actual[i][k.column], tol))) return i;
  }
  return undefined;
}

/** Is `rows` sorted by `keys` the way SQLite sorts (NULLs first ascending)? For content checks. */
export function isSortedBy(rows: SqlValue[][], keys: OrderKey[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    for (const k of keys) {
      const c = compareForSort(rows[i - 1][k.column], rows[i][k.column]) * (k.descending ? -1 : 1);
      if (c < 0) break;
      if (c > 0) return false;
    }
  }
  return true;
}

/** SQLite's cross-type order: NULL < numbers < text < blob. */
export function compareForSort(a: SqlValue, b: SqlValue): number {
  const rank = (v: SqlValue) => (v === null ? 0 : isNumeric(v) ? 1 : typeof v === 'string' ? 2 : 3);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    return Number(a) - Number(b);
  }
  if (ra === 2) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  return 0;
}

/**
 * Pairs each missing row with the returned row it most resembles and names the likely cause of
 * each differing cell: the typing, NULL and integer-division traps SQLite sets.
 */
export function explainCellDifferences(missing: SqlValue[][], extra: SqlValue[][], columns: string[], tol: Tolerance = DEFAULT_TOLERANCE): CellHint[] {
  const hints: CellHint[] = [];
  const seen = new Set<string>();
  const available = [...extra];
  for (const exp of missing.slice(0, 50)) {
    // A one-column row has nothing else to match on: pair it with the next returned row.
    let best = exp.length === 1 && available.length ? 0 : -1;
    let bestScore = 0;
    available.forEach((act, i) => {
      const score = act.reduce<number>((s, v, c) => s + (valuesEqual(v, exp[c], tol) ? 1 : 0), 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    // Only explain pairs that are clearly the same row with a few cells off.
    if (best === -1 || (exp.length > 1 && bestScore < Math.ceil(exp.length / 2))) continue;
    const act = available.splice(best, 1)[0];
    exp.forEach((e, c) => {
      const a = act[c];
      if (valuesEqual(e, a, tol)) return;
      const kind = classifyCell(e, a);
      if (!kind || seen.has(`${kind}:${c}`)) return;
      seen.add(`${kind}:${c}`);
      hints.push({ kind, column: c, columnName: columns[c] ?? `column ${c + 1}`, expected: e, actual: a });
    });
  }
  return hints;
}

export function classifyCell(expected: SqlValue, actual: SqlValue): CellHintKind | undefined {
  const te = typeOf(expected);
  const ta = typeOf(actual);
  const nullish = (v: SqlValue) => v === '' || v === 'NULL' || v === 'null' || v === 0n || v === 0;
  if ((expected === null && nullish(actual)) || (actual === null && nullish(expected))) return 'nullConfusion';
  if (isNumeric(expected) && ta === 'text') {
    const n = Number((actual as string).trim());
    return (actual as string).trim() !== '' && !Number.isNaN(n) && valuesEqual(n, expected) ? 'textForNumber' : undefined;
  }
  if (te === 'text' && isNumeric(actual)) return 'numberForText';
  if (te === 'real' && ta === 'integer') {
    const e = expected as number;
    if (!Number.isInteger(e) && Number(actual) === Math.trunc(e)) return 'integerDivision';
  }
  if (isNumeric(expected) && isNumeric(actual)) {
    const e = Number(expected);
    const a = Number(actual);
    if (Math.abs(e - a) <= Math.max(0.01 * Math.abs(e), 0.005)) return 'nearNumber';
  }
  return undefined;
}
