/**
 * Values as SQLite returns them through sql.js with `useBigInt`: INTEGER as bigint, REAL as number,
 * TEXT as string, BLOB as Uint8Array, NULL as null. Keeping INTEGER and REAL apart is what lets the
 * grader compare integers exactly and spot integer division.
 */
export type SqlValue = null | bigint | number | string | Uint8Array;

export interface ResultSet {
  columns: string[];
  rows: SqlValue[][];
  /** True when the result was cut at the row or size cap. */
  truncated?: boolean;
}

export type ValueType = 'null' | 'integer' | 'real' | 'text' | 'blob';

export function typeOf(v: SqlValue): ValueType {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return 'integer';
  if (typeof v === 'number') return 'real';
  if (typeof v === 'string') return 'text';
  return 'blob';
}

export interface Tolerance {
  absolute: number;
  relative: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { absolute: 1e-9, relative: 1e-9 };

export function isNumeric(v: SqlValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** Grading equality: NULL equals NULL; 1 equals 1.0; integers exact; other numbers within tolerance. */
export function valuesEqual(a: SqlValue, b: SqlValue, tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  if (isNumeric(a) && isNumeric(b)) {
    const x = Number(a);
    const y = Number(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
    if (x === y) return true;
    return Math.abs(x - y) <= tol.absolute + tol.relative * Math.max(Math.abs(x), Math.abs(y));
  }
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  return false;
}

/**
 * A hash key such that equal values (by valuesEqual) almost always share a key; the comparison
 * pairs leftovers with the tolerant test, so a key split at a rounding boundary costs time, not
 * correctness.
 */
export function valueKey(v: SqlValue): string {
  if (v === null) return 'N';
  if (typeof v === 'bigint') {
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? `n${Number(v)}` : `b${v}`;
  }
  if (typeof v === 'number') return Number.isInteger(v) ? `n${v}` : `n${v.toPrecision(8)}`;
  if (typeof v === 'string') return `s${v.length}:${v}`;
  return `x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** How a value reads in feedback: text quoted, NULL spelled out, blobs as hex literals. */
export function displayValue(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return `x'${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}'`;
}

/** A value for a table cell: text unquoted, as a result grid would show it. */
export function cellText(v: SqlValue): string {
  if (typeof v === 'string') return v;
  return displayValue(v);
}

/** JSON-safe form (bigint beyond 2^53 as a string, blobs as hex) for `--json` output and webviews. */
export function toJsonValue(v: SqlValue): null | number | string {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  if (v instanceof Uint8Array) return displayValue(v);
  return v;
}
