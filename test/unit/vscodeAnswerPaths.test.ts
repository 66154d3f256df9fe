// Where answer files live and how one is recognised.
import { describe, expect, it } from 'vitest';
import { ANSWER_FILE_GLOB, answerRelPath, backupRelPath, parseAnswerPath } from '../../src/vscode/editors/answerPaths';

describe('answer file paths', () => {
  it('an answer file is de-dojo/<module>/<problem>.sql under the root', () => {
    expect(answerRelPath('foundations', 'latest-per-key')).toBe('de-dojo/foundations/latest-per-key.sql');
  });

  it.each([
    ['/home/me/project/de-dojo/foundations/latest-per-key.sql', { moduleId: 'foundations', problemId: 'latest-per-key' }],
    ['de-dojo/sql/longest-streak.sql', { moduleId: 'sql', problemId: 'longest-streak' }],
    ['C:\\Users\\me\\work\\de-dojo\\sql\\gaps.sql', { moduleId: 'sql', problemId: 'gaps' }],
    ['/globalStorage/de-dojo.de-dojo/practice/de-dojo/m1/p1.sql', { moduleId: 'm1', problemId: 'p1' }],
  ])('%s is recognised', (path, expected) => {
    expect(parseAnswerPath(path)).toEqual(expected);
  });

  it.each([
    '/home/me/project/queries/foundations/latest-per-key.sql',
    '/home/me/de-dojo/latest-per-key.sql',
    '/home/me/de-dojo/foundations/latest-per-key.txt',
    '/home/me/de-dojo/foundations/Latest.sql',
    '/home/me/de-dojo/.backups/foundations/latest-per-key-20250101-101010.sql',
    '/home/me/de-dojo/.backups/sales/foundations/latest-per-key-20250101-101010.sql',
    '/home/me/de-dojo/Sales/foundations/latest-per-key.sql',
    '/home/me/de-dojo/a/b/c/latest-per-key.sql',
    'x.sql',
  ])('%s is not an answer file', (path) => {
    expect(parseAnswerPath(path)).toBeUndefined();
  });

  it('backups sit outside the answer pattern, stamped to the second', () => {
    const rel = backupRelPath('foundations', 'latest-per-key', new Date(2025, 0, 2, 3, 4, 5));
    expect(rel).toBe('de-dojo/.backups/foundations/latest-per-key-20250102-030405.sql');
    expect(parseAnswerPath(rel)).toBeUndefined();
  });

  it('a course pack problem is de-dojo/<pack>/<module>/<problem>.sql, and is read back with its pack', () => {
    const rel = answerRelPath('basics', 'top-customers', 'sales-pack');
    expect(rel).toBe('de-dojo/sales-pack/basics/top-customers.sql');
    expect(parseAnswerPath(`/home/me/work/${rel}`)).toEqual({ pack: 'sales-pack', moduleId: 'basics', problemId: 'top-customers' });
    expect(parseAnswerPath('C:\\work\\de-dojo\\sales-pack\\basics\\top-customers.sql')).toEqual({ pack: 'sales-pack', moduleId: 'basics', problemId: 'top-customers' });
  });

  it("a pack's backups go under the pack, outside the answer pattern", () => {
    const rel = backupRelPath('basics', 'top-customers', new Date(2025, 0, 2, 3, 4, 5), 'sales-pack');
    expect(rel).toBe('de-dojo/.backups/sales-pack/basics/top-customers-20250102-030405.sql');
    expect(parseAnswerPath(rel)).toBeUndefined();
  });

  it('the glob used for CodeLens matches both shapes', () => {
    expect(ANSWER_FILE_GLOB).toBe('**/de-dojo/{*,*/*}/*.sql');
  });
});
