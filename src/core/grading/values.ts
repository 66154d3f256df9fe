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
  return `x${hex(v)}`;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lower-case hex of a blob; native where Node's Buffer is there (a blob may be megabytes). */
export function hex(v: Uint8Array): string {
  const B = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, n: number): { toString(enc: string): string } } }).Buffer;
  if (B) return B.from(v.buffer, v.byteOffset, v.length).toString('hex');
  let out = '';
  for (const b of v) out += HEX[b];
  return out;
}

/** How a value reads in feedback: text quoted, NULL spelled out, blobs as hex literals. */
export function displayValue(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return `x'${hex(v)}'`;
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

/** Longest text, and blob, that crosses from the worker whole; longer ones are cut for display. */
export const DISPLAY_TEXT_CHARS = 1000;
export const DISPLAY_BLOB_BYTES = 64;

/**
 * A cell cut for display: text to its first DISPLAY_TEXT_CHARS characters, a blob to its first
 * bytes as a hex literal (then text), each saying how long it was. Verdicts are decided before
 * this, in the worker, on the whole values; this only bounds what the host copies and renders.
 */
export function clipValue(v: SqlValue): SqlValue {
  if (typeof v === 'string' && v.length > DISPLAY_TEXT_CHARS) {
    return `${v.slice(0, DISPLAY_TEXT_CHARS)}… (${v.length.toLocaleString('en')} characters in all)`;
  }
  if (v instanceof Uint8Array && v.length > DISPLAY_BLOB_BYTES) {
    const head = hex(v.subarray(0, DISPLAY_BLOB_BYTES));
    return `x'${head}…' (a blob of ${v.length.toLocaleString('en')} bytes)`;
  }
  return v;
}

/** Clips every value in a worker response (results, counterexamples, findings, messages). */
export function clipForTransfer<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' || v instanceof Uint8Array) return clipValue(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
