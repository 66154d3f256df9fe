// Where answer files live inside the answer folder and how one is recognised.
import { describe, expect, it } from 'vitest';
import { answerRelPath, backupRelPath, parseAnswerRelPath } from '../../src/vscode/editors/answerPaths';

describe('answer file paths', () => {
  it('an answer file is <module>/<problem>.sql inside the answer folder', () => {
    expect(answerRelPath({ moduleId: 'foundations', id: 'latest-per-key' })).toBe('foundations/latest-per-key.sql');
  });

  it.each([
    ['foundations/latest-per-key.sql', { moduleId: 'foundations', problemId: 'latest-per-key' }],
    ['sql\\gaps.sql', { moduleId: 'sql', problemId: 'gaps' }],
  ])('%s is recognised', (path, expected) => {
    expect(parseAnswerRelPath(path)).toEqual(expected);
  });

  it.each([
    'latest-per-key.sql',
    'foundations/latest-per-key.txt',
    'foundations/Latest.sql',
    '.backups/foundations/latest-per-key-20250101-101010.sql',
    'a/b/c/latest-per-key.sql',
    'Sales/foundations/latest-per-key.sql',
    '.backups/sales/foundations/latest-per-key-20250101-101010.sql',
    'Foundations/x.sql',
  ])('%s is not an answer file', (path) => {
    expect(parseAnswerRelPath(path)).toBeUndefined();
  });

  it('backups sit outside the answer pattern, stamped to the second', () => {
    const rel = backupRelPath({ moduleId: 'foundations', id: 'latest-per-key' }, new Date(2025, 0, 2, 3, 4, 5));
    expect(rel).toBe('.backups/foundations/latest-per-key-20250102-030405.sql');
    expect(parseAnswerRelPath(rel)).toBeUndefined();
  });

  it('a course pack problem is <pack>/<module>/<problem>.sql, and is read back with its pack', () => {
    const rel = answerRelPath({ pack: 'sales-pack', moduleId: 'basics', id: 'top-customers' });
    expect(rel).toBe('sales-pack/basics/top-customers.sql');
    expect(parseAnswerRelPath(rel)).toEqual({ pack: 'sales-pack', moduleId: 'basics', problemId: 'top-customers' });
    expect(parseAnswerRelPath('sales-pack\\basics\\top-customers.sql')).toEqual({ pack: 'sales-pack', moduleId: 'basics', problemId: 'top-customers' });
    // A built-in answer reads back without a pack, so the two never meet.
    expect(parseAnswerRelPath('basics/top-customers.sql')).toEqual({ moduleId: 'basics', problemId: 'top-customers' });
  });

  it("a pack's backups go under the pack, outside the answer pattern", () => {
    const rel = backupRelPath({ pack: 'sales-pack', moduleId: 'basics', id: 'top-customers' }, new Date(2025, 0, 2, 3, 4, 5));
    expect(rel).toBe('.backups/sales-pack/basics/top-customers-20250102-030405.sql');
    expect(parseAnswerRelPath(rel)).toBeUndefined();
  });
});
