import { describe, expect, it } from 'vitest';
import { classifyCell, compareResults, firstOrderViolation, isSortedBy, multisetDifference } from '../../src/core/grading/compare';
import { valuesEqual, type ResultSet, type SqlValue } from '../../src/core/grading/values';

const rs = (columns: string[], rows: SqlValue[][]): ResultSet => ({ columns, rows });
const kinds = (c: { findings: { kind: string }[] }) => c.findings.map((f) => f.kind);

describe('rule 1: bag semantics by default', () => {
  it('ignores row order when none is declared', () => {
    const c = compareResults(rs(['a'], [[1n], [2n]]), rs(['a'], [[2n], [1n]]));
    expect(c.equal).toBe(true);
  });
  it('counts duplicates and says when they are the only error', () => {
    const c = compareResults(rs(['a'], [[1n], [2n]]), rs(['a'], [[1n], [1n], [2n]]));
    expect(c.equal).toBe(false);
    expect(kinds(c)).toEqual(['rowCount', 'duplicates']);
  });
  it('set semantics ignores duplicates only where the problem says so', () => {
    const c = compareResults(rs(['a'], [[1n], [2n]]), rs(['a'], [[1n], [1n], [2n]]), { setSemantics: true });
    expect(c.equal).toBe(true);
  });
  it('reports missing and extra rows as a multiset difference', () => {
    const d = multisetDifference([[1n], [1n], [2n]], [[1n], [3n]]);
    expect(d.missing).toEqual([[1n], [2n]]);
    expect(d.extra).toEqual([[3n]]);
  });
});

describe('rule 2: order only when declared, ties tolerated', () => {
  const keys = [{ column: 0, descending: false }];
  const expected = rs(['d', 'v'], [['2024-01-01', 1n], ['2024-01-01', 2n], ['2024-01-02', 3n]]);
  it('accepts any order within ties', () => {
    const actual = rs(['d', 'v'], [['2024-01-01', 2n], ['2024-01-01', 1n], ['2024-01-02', 3n]]);
    expect(compareResults(expected, actual, { orderBy: keys }).equal).toBe(true);
  });
  it('reports the first out-of-order position', () => {
    const actual = rs(['d', 'v'], [['2024-01-02', 3n], ['2024-01-01', 1n], ['2024-01-01', 2n]]);
    const c = compareResults(expected, actual, { orderBy: keys });
    expect(c.equal).toBe(false);
    expect(c.findings[0]).toMatchObject({ kind: 'order', position: 1, expectedKey: ['2024-01-01'], actualKey: ['2024-01-02'] });
  });
  it('order is not checked when the rows themselves differ (rows come first on the ladder)', () => {
    const actual = rs(['d', 'v'], [['2024-01-02', 3n], ['2024-01-01', 1n]]);
    expect(kinds(compareResults(expected, actual, { orderBy: keys }))).toEqual(['rowCount', 'rows']);
  });
  it('knows SQLite sort order for content checks (NULLs first ascending)', () => {
    expect(isSortedBy([[null], [1n], [2.5], ['a']], keys)).toBe(true);
    expect(isSortedBy([[2n], [1n]], keys)).toBe(false);
    expect(isSortedBy([[2n], [1n]], [{ column: 0, descending: true }])).toBe(true);
    expect(firstOrderViolation([[1n], [2n]], [[2n], [1n]], keys)).toBe(0);
  });
});

describe('rule 3: columns by position, names only when required', () => {
  it('distinguishes missing and extra columns', () => {
    const c = compareResults(rs(['a', 'b'], [[1n, 2n]]), rs(['a'], [[1n]]));
    expect(c.findings[0]).toMatchObject({ kind: 'columnCount', expected: 2, actual: 1 });
  });
  it('does not grade names by default', () => {
    expect(compareResults(rs(['total'], [[1n]]), rs(['SUM(x)'], [[1n]])).equal).toBe(true);
  });
  it('grades names trimmed and case-insensitively when required', () => {
    expect(compareResults(rs(['total'], [[1n]]), rs([' TOTAL '], [[1n]]), { requireColumnNames: true }).equal).toBe(true);
    const c = compareResults(rs(['total'], [[1n]]), rs(['sum'], [[1n]]), { requireColumnNames: true });
    expect(c.findings[0]).toMatchObject({ kind: 'columnNames', mismatches: [{ position: 1, expected: 'total', actual: 'sum' }] });
  });
});

describe('rule 4: numbers', () => {
  it('compares integers exactly, including beyond 2^53', () => {
    expect(valuesEqual(9007199254740993n, 9007199254740992n)).toBe(false);
    expect(valuesEqual(9007199254740993n, 9007199254740993n)).toBe(true);
  });
  it('treats 1 and 1.0 as equal and tolerates float noise', () => {
    expect(valuesEqual(1n, 1.0)).toBe(true);
    expect(valuesEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(compareResults(rs(['x'], [[0.3]]), rs(['x'], [[0.1 + 0.2]])).equal).toBe(true);
  });
  it('does not tolerate a real difference', () => {
    expect(valuesEqual(2.5, 2.51)).toBe(false);
  });
  it('spots integer division', () => {
    expect(classifyCell(2.5, 2n)).toBe('integerDivision');
    const c = compareResults(rs(['avg'], [[2.5]]), rs(['avg'], [[2n]]));
    expect(c.findings.at(-1)).toMatchObject({ kind: 'cellHints', hints: [{ kind: 'integerDivision', column: 0 }] });
  });
  it('calls a near miss a rounding question', () => {
    expect(classifyCell(3.3333333, 3.33)).toBe('nearNumber');
  });
});

describe('tolerance across different hash keys (the tolerant fallbacks)', () => {
  // 1e15 + 0.5 is a REAL within the relative tolerance of 1e15, yet its key differs from 1e15's.
  const big = 1e15;
  const near = 1e15 + 0.5;
  it('pairs rows equal within tolerance whose keys differ, including an INTEGER with a REAL', () => {
    expect(multisetDifference([[big, 'a'], [2n, 'b']], [[near, 'a'], [2n, 'b']])).toEqual({ missing: [], extra: [] });
    expect(multisetDifference([[1000000000000000n]], [[near]])).toEqual({ missing: [], extra: [] });
    expect(multisetDifference([[near]], [[1000000000000000n]])).toEqual({ missing: [], extra: [] });
  });
  it('never pairs rows whose non-numeric cells differ', () => {
    expect(multisetDifference([[big, 'a']], [[near, 'z']])).toEqual({ missing: [[big, 'a']], extra: [[near, 'z']] });
  });
  it('pairs each returned row with the first missing row equal to it', () => {
    const first = [big, 'a'];
    const second = [big, 'a'];
    const d = multisetDifference([first, second, [5n, 'c']], [[near, 'a']]);
    expect(d.missing).toEqual([second, [5n, 'c']]);
    expect(d.missing[0]).toBe(second);
  });
  it('counts duplicates through tolerance (1 equals 1.0, 0.3 equals 0.1 + 0.2)', () => {
    const c = compareResults(rs(['x'], [[near], [near], [1n]]), rs(['x'], [[big], [1.0], [1n]]));
    expect(c.findings.map((f) => f.kind)).toEqual(['duplicates']);
    expect(c.findings[0]).toMatchObject({
      rows: [
        { row: [near], expected: 2, actual: 1 },
        { row: [1n], expected: 1, actual: 2 },
      ],
    });
  });
  it('set semantics merges rows equal within tolerance, an INTEGER kept first included', () => {
    expect(compareResults(rs(['x'], [[big]]), rs(['x'], [[big], [near]]), { setSemantics: true }).equal).toBe(true);
    expect(compareResults(rs(['x'], [[big]]), rs(['x'], [[1000000000000000n], [near]]), { setSemantics: true }).equal).toBe(true);
  });
});

describe('rule 5: NULL', () => {
  it('NULL equals NULL for grading', () => {
    expect(compareResults(rs(['e'], [[null]]), rs(['e'], [[null]])).equal).toBe(true);
  });
  it("NULL is not '', 0 or 'NULL', and the hint says so", () => {
    for (const v of ['', 0n, 'NULL'] as SqlValue[]) {
      expect(valuesEqual(null, v)).toBe(false);
      expect(classifyCell(null, v)).toBe('nullConfusion');
    }
  });
});

describe('rule 6 and 7: SQLite typing and exact text', () => {
  it("text '42' is not the number 42, with a typing hint", () => {
    expect(valuesEqual('42', 42n)).toBe(false);
    const c = compareResults(rs(['id', 'n'], [[1n, 42n]]), rs(['id', 'n'], [[1n, '42']]));
    expect(c.findings.at(-1)).toMatchObject({ kind: 'cellHints', hints: [{ kind: 'textForNumber', columnName: 'n' }] });
  });
  it('compares text exactly (case and spaces matter)', () => {
    expect(valuesEqual('Unknown', 'unknown')).toBe(false);
    expect(valuesEqual('a ', 'a')).toBe(false);
  });
  it('compares blobs by bytes', () => {
    expect(valuesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(valuesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
  });
});

describe('feedback ladder order', () => {
  it('column count beats everything else', () => {
    expect(kinds(compareResults(rs(['a', 'b'], [[1n, 2n]]), rs(['a'], [[1n], [2n]])))).toEqual(['columnCount']);
  });
  it('column names come before rows', () => {
    const c = compareResults(rs(['a'], [[1n]]), rs(['b'], [[2n]]), { requireColumnNames: true });
    expect(kinds(c)[0]).toBe('columnNames');
  });
  it('row count is the headline when counts differ, with the missing rows as detail', () => {
    expect(kinds(compareResults(rs(['a'], [[1n], [2n], [3n]]), rs(['a'], [[1n], [2n], [4n], [5n]])))).toEqual(['rowCount', 'rows']);
  });
  it('missing/extra rows are the headline when counts agree', () => {
    expect(kinds(compareResults(rs(['a'], [[1n], [2n]]), rs(['a'], [[1n], [3n]])))).toEqual(['rows']);
  });
});
