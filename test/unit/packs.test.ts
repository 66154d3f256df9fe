// Course packs: which folders are packs, how their items are addressed beside the built-in course,
// how progress is namespaced, how a broken pack stays isolated, and where findings are shown.
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource, memorySource } from '../../src/core/content/contentSource';
import {
  catalogFor,
  isPackSourceFile,
  itemKey,
  packEntries,
  packItemKey,
  packOfFile,
  packRootsFromCourseFiles,
  parseItemKey,
  placeFindings,
  resolveItemKey,
} from '../../src/core/content/packs';
import { validateCourse } from '../../src/core/content/validateCourse';
import { GradingService } from '../../src/core/grading/gradingService';
import type { PipelineProblemSpec } from '../../src/core/grading/pipelineTypes';
import type { QueryProblemSpec } from '../../src/core/grading/types';
import { emptyProgress, markLessonRead, problemStatus, progressKey, recordCheck } from '../../src/core/progress/model';
import { nextUnfinished } from '../../src/core/progress/navigation';
import { describeNode } from '../../src/core/progress/treeDescription';
import { memoGrader, type ValidationGrader } from '../../src/vscode/packs/memoGrader';
import { describeCourseNode } from '../../src/vscode/views/courseNode';
import { COURSE_FILES, testCatalog } from './vscodeFixtures';

const FIXTURE_PACK = path.join(__dirname, '..', 'fixtures', 'packs', 'shop-pack');
const t = new Date('2025-01-01T00:00:00Z');

/** The fixture course as a pack with this id: its problem `sum-it` shares an id with the built-in course's. */
function packFiles(id: string | undefined, extra: Record<string, string> = {}): Record<string, string> {
  const course = COURSE_FILES['course.yaml'].replace('title: Test course', `${id ? `id: ${id}\n` : ''}title: Pack ${id ?? 'without id'}`);
  return { ...COURSE_FILES, 'course.yaml': course, ...extra };
}
const pack = (id: string | undefined, extra?: Record<string, string>, root = `/packs/${id ?? 'none'}`) => ({
  root,
  catalog: new Catalog(memorySource(packFiles(id, extra), root), { pack: true }),
});

describe('finding packs in a workspace', () => {
  const hasModules = (root: string) => !root.includes('no-modules');

  it('a course.yaml beside a modules/ folder is a pack, wherever it is in the workspace', () => {
    expect(packRootsFromCourseFiles(['course.yaml', 'teaching/sql-pack/course.yaml', 'a/b/c/course.yaml'], hasModules, 'de-dojo')).toEqual(['', 'a/b/c', 'teaching/sql-pack']);
  });

  it('skips course.yaml files without modules/, in dependencies, in version control or in the answer folder', () => {
    const found = packRootsFromCourseFiles(
      ['no-modules/course.yaml', 'node_modules/some-pkg/course.yaml', '.git/x/course.yaml', 'de-dojo/shop/course.yaml', 'ok/course.yaml', 'ok/course.yml', 'ok/other.yaml'],
      hasModules,
      'de-dojo',
    );
    expect(found).toEqual(['ok']);
  });

  it('the answer folder is whatever the learner configured (deDojo.answerFolder), nested or not', () => {
    expect(packRootsFromCourseFiles(['answers/p/course.yaml', 'de-dojo/p/course.yaml'], hasModules, 'answers')).toEqual(['de-dojo/p']);
    expect(packRootsFromCourseFiles(['work/answers/p/course.yaml', 'work/p/course.yaml', 'answers/p/course.yaml'], hasModules, 'work/answers')).toEqual(['answers/p', 'work/p']);
    // An answer folder outside the workspace folder leaves every pack in it.
    expect(packRootsFromCourseFiles(['de-dojo/p/course.yaml'], hasModules, undefined)).toEqual(['de-dojo/p']);
  });

  it('a saved file belongs to the innermost pack holding it, and only its sources re-validate', () => {
    const packs = [{ root: '/w/packs' }, { root: '/w/packs/inner' }, { root: '/w/other' }];
    expect(packOfFile(packs, '/w/packs/inner/modules/m/quizzes/q.yaml')).toEqual({ pack: packs[1], rel: 'modules/m/quizzes/q.yaml' });
    expect(packOfFile(packs, '/w/packs/course.yaml')?.pack).toBe(packs[0]);
    expect(packOfFile(packs, '/w/packsX/course.yaml')).toBeUndefined();
    expect(packOfFile([{ root: 'C:\\w\\p' }], 'C:\\w\\p\\modules\\m\\module.yaml')?.rel).toBe('modules/m/module.yaml');
    expect(['course.yaml', 'modules/m/lessons/l.md', 'modules/m/problems/p/solution.sql', 'modules/m/quizzes/q.yml'].every(isPackSourceFile)).toBe(true);
    expect(['modules/m/problems/p/notes.txt', 'README', 'node_modules/x/course.yaml'].some(isPackSourceFile)).toBe(false);
  });
});

describe('loading a pack', () => {
  it('stamps every module and item with the pack id from course.yaml', () => {
    const { catalog } = pack('shop');
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.course.id).toBe('shop');
    expect(catalog.course.modules.every((m) => m.pack === 'shop')).toBe(true);
    expect([...catalog.course.items.values()].every((i) => i.pack === 'shop')).toBe(true);
    // The built-in course's items carry no pack.
    expect([...testCatalog().course.items.values()].some((i) => i.pack !== undefined)).toBe(false);
  });

  it('a pack without an id is reported at course.yaml', () => {
    const { catalog } = pack(undefined);
    expect(catalog.diagnostics).toEqual([expect.objectContaining({ code: 'DD115', file: 'course.yaml', line: 1, severity: 'error', message: expect.stringContaining('needs an `id`') })]);
  });

  it('the fixture pack in test/fixtures loads from disk and validates without errors (strict: false)', async () => {
    const catalog = new Catalog(fileSystemSource(FIXTURE_PACK), { pack: true });
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.course.id).toBe('shop-pack');
    const fakeGrader = { gradeQuery: async () => ({ status: 'correct' }), runQuery: async () => ({ rows: [] }) } as never;
    // Structure, links and quizzes (problems are graded for real in the CLI test and the e2e run).
    const report = await validateCourse(fileSystemSource(FIXTURE_PACK), fakeGrader);
    expect(report.counts).toEqual({ modules: 1, lessons: 1, problems: 1, quizzes: 1 });
    // `strict: false`: its short lesson is an authoring-bar warning (DD350), and nothing is an error.
    expect(report.diagnostics.filter((d) => !d.file.includes('problems/'))).toEqual([expect.objectContaining({ code: 'DD350', severity: 'warning' })]);
  });
});

describe('addressing items: the built-in course and packs side by side', () => {
  const builtin = testCatalog();
  const entries = packEntries([pack('shop'), pack('tools')], (r) => path.basename(r));

  it('a built-in key is the plain id; a pack key is "<pack>/<id>", and parses back', () => {
    const shopSum = entries[0].catalog!.problem('sum-it')!;
    expect(itemKey(builtin.problem('sum-it')!)).toBe('sum-it');
    expect(itemKey(shopSum)).toBe('shop/sum-it');
    expect(packItemKey(undefined, 'x')).toBe('x');
    expect(parseItemKey('shop/sum-it')).toEqual({ pack: 'shop', id: 'sum-it' });
    expect(parseItemKey('sum-it')).toEqual({ id: 'sum-it' });
  });

  it('the same id in the built-in course and two packs resolves to three different items', () => {
    const a = resolveItemKey('sum-it', builtin, entries)!;
    const b = resolveItemKey('shop/sum-it', builtin, entries)!;
    const c = resolveItemKey('tools/sum-it', builtin, entries)!;
    expect(new Set([a, b, c]).size).toBe(3);
    expect([a.pack, b.pack, c.pack]).toEqual([undefined, 'shop', 'tools']);
    expect(catalogFor(b, builtin, entries)).toBe(entries[0].catalog);
    expect(catalogFor(a, builtin, entries)).toBe(builtin);
    expect(resolveItemKey('nope/sum-it', builtin, entries)).toBeUndefined();
  });
});

describe('progress namespaced by pack', () => {
  const builtin = testCatalog();
  const [shop] = packEntries([pack('shop')], (r) => path.basename(r));
  const shopSum = () => shop.catalog!.problem('sum-it')!;

  it("an item's progress key is its item key: the built-in id unchanged, a pack's under the pack", () => {
    expect(progressKey(builtin.problem('sum-it')!)).toBe('sum-it');
    expect(progressKey(shopSum())).toBe('shop/sum-it');
    expect(itemKey(shopSum())).toBe(progressKey(shopSum()));
  });

  it("solving a pack's problem does not solve the built-in problem with the same id, and the reverse", () => {
    let p = recordCheck(emptyProgress(), progressKey(shopSum()), 'correct', t);
    expect(problemStatus(p, progressKey(builtin.problem('sum-it')!))).toBe('new');
    expect(problemStatus(p, progressKey(shopSum()))).toBe('solved');
    p = recordCheck(p, progressKey(builtin.problem('sum-again')!), 'correct', t);
    expect(problemStatus(p, progressKey(shop.catalog!.problem('sum-again')!))).toBe('new');
  });

  it('the tree, Continue and the course node read each course through the same progress', () => {
    const p = markLessonRead(recordCheck(emptyProgress(), 'shop/sum-it', 'correct', t), 'shop/intro', t);
    expect(describeNode({ type: 'item', item: shopSum() }, p).contextValue).toBe('problem.solved');
    expect(describeNode({ type: 'item', item: builtin.problem('sum-it')! }, p).contextValue).toBe('problem.new');
    expect(nextUnfinished(shop.catalog!.course, p)?.id).toBe('check-one');
    expect(nextUnfinished(builtin.course, p)?.id).toBe('intro');
    expect(describeCourseNode({ type: 'course', pack: shop }, shop.catalog!.course, p).description).toBe('pack · 2/5');
    expect(describeCourseNode({ type: 'course' }, builtin.course, p).description).toBe('built-in · 0/5');
  });
});

describe('a broken pack is isolated', () => {
  const builtin = testCatalog();
  const brokenCourse = pack('broken', { 'course.yaml': 'id: broken\ntitle: [unclosed\n' });
  const noId = pack(undefined);
  const good = pack('shop');
  const dup = pack('shop', undefined, '/packs/shop-copy');
  const entries = packEntries([brokenCourse, noId, good, dup], (r) => path.basename(r));

  it('each broken pack is a failed entry with its reason; the good one loads', () => {
    expect(entries.map((e) => [e.id, e.state])).toEqual([
      ['broken', 'failed'],
      ['none', 'failed'],
      ['shop', 'ok'],
      ['shop', 'failed'],
    ]);
    expect(entries[0].diagnostics[0]).toMatchObject({ file: 'course.yaml', severity: 'error' });
    expect(entries[1].error).toMatch(/needs an `id`/);
    expect(entries[3].error).toMatch(/already used by the pack in \/packs\/shop/);
  });

  it('the built-in course and the good pack still resolve; a failed pack addresses nothing', () => {
    expect(resolveItemKey('sum-it', builtin, entries)?.pack).toBeUndefined();
    expect(resolveItemKey('shop/sum-it', builtin, entries)?.pack).toBe('shop');
    expect(catalogFor({ pack: 'shop' }, builtin, entries)).toBe(good.catalog);
    expect(resolveItemKey('broken/sum-it', builtin, entries)).toBeUndefined();
  });

  it('a pack with content errors but something to show stays usable, its findings counted', () => {
    const [partly] = packEntries([pack('partly', { 'modules/m2/module.yaml': 'id: m2\ntitle: Two\nsummary: x\nitems: [missing-item]\n' })], (r) => path.basename(r));
    expect(partly.state).toBe('ok');
    expect(partly.diagnostics.length).toBeGreaterThan(0);
    expect(describeCourseNode({ type: 'course', pack: partly }, partly.catalog!.course, emptyProgress()).description).toMatch(/^pack · 0\/\d+ · \d+ findings?$/);
  });

  it('the tree shows a failed pack as an error node that opens its problems', () => {
    const d = describeCourseNode({ type: 'course', pack: entries[0] }, undefined, emptyProgress());
    expect(d).toMatchObject({ icon: 'error', contextValue: 'pack.failed', collapsible: false });
    expect(d.description).toMatch(/^cannot load · 1 problem$/);
  });
});

describe('findings placed in the Problems panel', () => {
  it('a broken quiz YAML is reported at its file and line (0-based for the editor)', () => {
    const broken = packFiles('shop', {
      'modules/m1/quizzes/check-one.yaml': COURSE_FILES['modules/m1/quizzes/check-one.yaml'].replace('    type: single\n', '    type: singel\n'),
    });
    const catalog = new Catalog(memorySource(broken, '/w/shop'), { pack: true });
    const placed = placeFindings('/w/shop', catalog.diagnostics);
    const line = broken['modules/m1/quizzes/check-one.yaml'].split('\n').findIndex((l) => l.includes('singel'));
    expect(placed).toContainEqual(expect.objectContaining({ file: '/w/shop/modules/m1/quizzes/check-one.yaml', line, severity: 'error' }));
  });

  it('a finding about a problem or module folder goes to its main file; one without a line to the first line', () => {
    const placed = placeFindings('/w/p/', [
      { code: 'DD200', file: 'modules/m/problems/big', message: 'x', severity: 'error' },
      { code: 'DD104', file: 'modules/m', message: 'y', severity: 'warning' },
      { code: 'DD350', file: 'modules/m/lessons/l.md', line: 12, column: 3, message: 'z', severity: 'warning' },
    ]);
    expect(placed.map((f) => [f.file, f.line, f.column])).toEqual([
      ['/w/p/modules/m/problems/big/problem.md', 0, 0],
      ['/w/p/modules/m/module.yaml', 0, 0],
      ['/w/p/modules/m/lessons/l.md', 11, 2],
    ]);
  });

  it('a finding keeps its stable code (the Problems panel shows it)', () => {
    const [f] = placeFindings('/p', [{ file: 'course.yaml', message: 'm', severity: 'error', code: 'DD101' }]);
    expect(f.code).toBe('DD101');
  });
});

describe('re-validating a pack after a save re-grades only what changed', () => {
  const workerPath = path.join(__dirname, '..', '..', 'dist', 'grading-worker.js');
  let service: GradingService | undefined;
  afterEach(() => service?.dispose());

  /** The real grading service, counting the calls that reach it. */
  function countingService() {
    service = new GradingService({ workerPath });
    const s = service;
    const calls: string[] = [];
    const inner = {
      gradeQuery: (spec: QueryProblemSpec, answer: string) => (calls.push(`grade:${spec.id}`), s.gradeQuery(spec, answer)),
      runQuery: (spec: QueryProblemSpec, answer: string, dataset?: number) => (calls.push(`run:${spec.id}`), s.runQuery(spec, answer, dataset)),
      gradePipeline: (spec: PipelineProblemSpec, answer: string) => (calls.push(`pipeline:${spec.id}`), s.gradePipeline(spec, answer)),
    };
    return { inner, calls };
  }

  it('the same findings as without the cache; a second run grades nothing; a changed problem alone is graded again', async () => {
    const files = packFiles('shop');
    const { inner, calls } = countingService();
    const grader = memoGrader(inner);
    const first = await validateCourse(memorySource(files), grader);
    const uncached = await validateCourse(memorySource(files), inner);
    expect(first.diagnostics).toEqual(uncached.diagnostics);
    expect(new Set(calls.map((c) => c.split(':')[1]))).toEqual(new Set(['sum-it', 'sum-again']));

    calls.length = 0;
    // A quiz edit: nothing to grade again.
    const quizEdited = { ...files, 'modules/m1/quizzes/check-one.yaml': files['modules/m1/quizzes/check-one.yaml'].replace('Pick one', 'Pick the one') };
    const second = await validateCourse(memorySource(quizEdited), grader);
    expect(calls).toEqual([]);
    expect(second.diagnostics).toEqual(first.diagnostics);

    // A problem's reference edited so that the starter passes: only that problem is graded again, and it is caught.
    const broken = { ...quizEdited, 'modules/m2/problems/sum-again/solution.sql': 'SELECT 0 AS total;\n' };
    const third = await validateCourse(memorySource(broken), grader);
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls.map((c) => c.split(':')[1]))).toEqual(new Set(['sum-again']));
    const starterPasses = expect.objectContaining({ file: 'modules/m2/problems/sum-again/starter.sql', severity: 'error' });
    expect(first.diagnostics).not.toContainEqual(starterPasses);
    expect(third.diagnostics).toContainEqual(starterPasses);
  });

  it('does not keep timeouts or internal failures, and forgets the oldest entries past its size', async () => {
    let n = 0;
    const results = [{ status: 'error', error: { kind: 'timeout', deadlineMs: 1 } }, { status: 'correct' }];
    const fake = {
      gradeQuery: async () => results[Math.min(n++, 1)],
      runQuery: async () => ({ rows: [] }),
      gradePipeline: async () => ({ status: 'correct' }),
    } as never as ValidationGrader;
    const grader = memoGrader(fake, 2);
    const spec = { id: "p" } as QueryProblemSpec;
    expect((await grader.gradeQuery(spec, 'a')).status).toBe('error');
    expect((await grader.gradeQuery(spec, 'a')).status).toBe('correct');
    expect(n).toBe(2);
    await grader.gradeQuery(spec, 'a');
    expect(n).toBe(2);
    await grader.gradeQuery(spec, 'b');
    await grader.gradeQuery(spec, 'c');
    expect(grader.size).toBe(2);
    await grader.gradeQuery(spec, 'a');
    expect(n).toBe(5);
  });
});
