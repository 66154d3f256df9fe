import { describe, expect, it } from 'vitest';
import { changedRowCount, diffTable, sameRows, sortRowsByKey } from '../../src/core/grading/pipelineDiff';
import type { SqlValue } from '../../src/core/grading/values';

const cols = ['id', 'email', 'n'];

describe('diffTable', () => {
  it('aligns rows by key into inserted, deleted and updated, naming the changed columns', () => {
    const before: SqlValue[][] = [
      [1n, 'a@x', 1n],
      [2n, 'b@x', 2n],
      [3n, 'c@x', 3n],
    ];
    const after: SqlValue[][] = [
      [3n, 'c@y', 3n],
      [1n, 'a@x', 1n],
      [4n, 'd@x', 4n],
    ];
    const d = diffTable('t', cols, [0], before, after);
    expect(d.keyColumns).toEqual(['id']);
    expect(d.inserted).toEqual([[4n, 'd@x', 4n]]);
    expect(d.deleted).toEqual([[2n, 'b@x', 2n]]);
    expect(d.updated).toEqual([{ key: [3n], before: [3n, 'c@x', 3n], after: [3n, 'c@y', 3n], changedColumns: ['email'] }]);
    expect(d.counts).toEqual({ inserted: 1, deleted: 1, updated: 1, beforeRows: 3, afterRows: 3 });
    expect(changedRowCount(d.counts)).toBe(3);
  });

  it('treats NULL as equal to NULL and 1 as equal to 1.0, but not NULL to the empty string', () => {
    expect(diffTable('t', cols, [0], [[1n, null, 1n]], [[1n, null, 1]]).counts.updated).toBe(0);
    const d = diffTable('t', cols, [0], [[1n, null, 1n]], [[1n, '', 1n]]);
    expect(d.updated[0].changedColumns).toEqual(['email']);
  });

  it('falls back to a bag difference without a key, or when a key repeats', () => {
    const noKey = diffTable('t', cols, [], [[1n, 'a', 1n], [1n, 'a', 1n]], [[1n, 'a', 1n]]);
    expect(noKey.keyColumns).toEqual([]);
    expect(noKey.counts).toMatchObject({ deleted: 1, inserted: 0, updated: 0 });
    // A duplicated key on the "after" side (a run that opened a second current row, say).
    const dup = diffTable('t', cols, [0], [[1n, 'a', 1n]], [[1n, 'a', 1n], [1n, 'a', 1n]]);
    expect(dup.keyColumns).toEqual([]);
    expect(dup.inserted).toEqual([[1n, 'a', 1n]]);
  });

  it('sorts each kind of difference by key, whatever the input order, and caps the examples', () => {
    const after: SqlValue[][] = [9n, 3n, 7n, 1n, 5n, 2n, 8n].map((i) => [i, 'x', 0n]);
    const d = diffTable('t', cols, [0], [], after, undefined, 3);
    expect(d.inserted.map((r) => r[0])).toEqual([1n, 2n, 3n]);
    expect(d.counts.inserted).toBe(7);
  });

  it('sameRows is bag equality', () => {
    expect(sameRows([[1n], [2n]], [[2n], [1n]])).toBe(true);
    expect(sameRows([[1n], [1n]], [[1n]])).toBe(false);
  });

  it('sortRowsByKey orders by the key columns first', () => {
    const rows: SqlValue[][] = [
      ['b', 2n],
      ['a', 3n],
      ['a', 1n],
    ];
    expect(sortRowsByKey(rows, [1])).toEqual([['a', 1n], ['b', 2n], ['a', 3n]]);
    expect(sortRowsByKey(rows, [0])).toEqual([['a', 1n], ['a', 3n], ['b', 2n]]);
  });
});
