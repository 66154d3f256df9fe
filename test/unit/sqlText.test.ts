import { describe, expect, it } from 'vitest';
import { checkAnswerText, checkQueryAnswer, checkScriptAnswer } from '../../src/core/grading/policy';
import { locateSqlError } from '../../src/core/grading/sqlErrors';
import { maskCommentsAndStrings, splitStatements } from '../../src/core/grading/sqlText';

describe('splitStatements', () => {
  it('splits on semicolons outside strings, comments and quoted identifiers', () => {
    const sql = "SELECT 'a;b' AS \"x;y\" -- c;d\n; /* e;f */ SELECT 2;\n-- trailing comment";
    const s = splitStatements(sql);
    expect(s).toHaveLength(2);
    expect(s[0].words[0].upper).toBe('SELECT');
    expect(s[1].text.trim()).toBe('/* e;f */ SELECT 2');
  });
  it('masks comments and strings but keeps offsets and newlines', () => {
    const sql = "SELECT 'x' -- hi\nFROM t";
    const m = maskCommentsAndStrings(sql);
    expect(m.length).toBe(sql.length);
    expect(m.split('\n')[1]).toBe('FROM t');
    expect(m).not.toContain('hi');
  });
});

describe('statement policy', () => {
  it('accepts one SELECT, WITH or VALUES statement with a trailing semicolon', () => {
    for (const ok of ['SELECT 1;', 'with x as (select 1) select * from x', 'VALUES (1)', '  -- note\nSELECT 1;  -- done\n']) {
      expect(checkQueryAnswer(ok)).toBeUndefined();
    }
  });
  it('points at the second statement when there are two', () => {
    expect(checkQueryAnswer('SELECT 1;\n\nSELECT 2;')).toMatchObject({ line: 3, column: 1 });
  });
  it('refuses writes and forbidden words anywhere, in scripts too', () => {
    expect(checkQueryAnswer('UPDATE t SET x = 1')?.message).toMatch(/starts with UPDATE/);
    expect(checkScriptAnswer('INSERT INTO t VALUES (1);\nattach database \':memory:\' as x')).toMatchObject({ line: 2, column: 1 });
    expect(checkScriptAnswer('PRAGMA foreign_keys = off')?.message).toMatch(/PRAGMA is not allowed/);
    expect(checkScriptAnswer('UPDATE t SET note = \'PRAGMA\'')).toBeUndefined();
  });
  it('says an empty answer is empty', () => {
    expect(checkQueryAnswer('-- only a comment\n')?.message).toMatch(/empty/);
  });
  it('checks the bytes of a file before anything else', () => {
    expect(checkAnswerText(new TextEncoder().encode('\uFEFFSELECT 1')).text).toBe('SELECT 1');
    expect(checkAnswerText(new Uint8Array([0xff, 0xfe, 0x00])).problem).toMatch(/UTF-8/);
    expect(checkAnswerText(new TextEncoder().encode('SELECT 1\u0000')).problem).toMatch(/NUL/);
    expect(checkAnswerText(new Uint8Array(2_000_001)).problem).toMatch(/2\.0 MB/);
  });
});

describe('locateSqlError', () => {
  it('finds the token of a syntax error, skipping a comment that mentions it', () => {
    const sql = '-- FROM here is a comment\nSELECT a\nFROM FROM t';
    expect(locateSqlError('near "FROM": syntax error', sql)).toEqual({ line: 3, column: 1, length: 4 });
  });
  it('finds an unknown column, qualified or not', () => {
    const sql = 'SELECT o.amount_cent\nFROM orders o';
    expect(locateSqlError('no such column: o.amount_cent', sql)).toMatchObject({ line: 1, column: 8 });
    expect(locateSqlError('no such column: amount_cent', sql)).toMatchObject({ line: 1, column: 10 });
  });
  it("finds the statement's own terminating semicolon when SQLite names it", () => {
    const sql = 'SELECT customer_id\nFROM customer_updates\nWHERE update_id >;';
    const span = { start: 0, end: sql.length - 1 }; // what splitStatements gives: without the ';'
    expect(locateSqlError('near ";": syntax error', sql, span.start, span.end)).toEqual({ line: 3, column: 18, length: 1 });
  });
  it('puts incomplete input at the end of the text', () => {
    expect(locateSqlError('incomplete input', 'SELECT (1 +\n  2')).toMatchObject({ line: 2, column: 3 });
  });
  it('falls back to the start of the statement', () => {
    expect(locateSqlError('some other message', '\n\n  SELECT 1')).toMatchObject({ line: 3, column: 3 });
  });
  it('matches whole words only', () => {
    const sql = 'SELECT total_x, x FROM t';
    expect(locateSqlError('no such column: x', sql)).toMatchObject({ column: 17 });
  });
});
