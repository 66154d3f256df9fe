// What the webviews receive: grades, runs, lesson and problem pages, sample tables. All JSON-safe.
import { webviewCsp } from '../../src/vscode/views/csp';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/content/catalog';
import { fileSystemSource } from '../../src/core/content/contentSource';
import { GradingService } from '../../src/core/grading/gradingService';
import type { QueryGrade } from '../../src/core/grading/types';
import { emptyProgress, markLessonRead, recordCheck, recordSolutionViewed, revealHint } from '../../src/core/progress/model';
import { gradeView, pipelineGradeView, pipelineRunView, runView } from '../../src/vscode/views/gradeView';
import { lessonView, problemView, renderPage } from '../../src/vscode/views/pageViews';
import { COLUMNS_QUERY, pipelineSample, querySample, sampleTables } from '../../src/vscode/views/sampleTables';
import { cellView, tableView } from '../../src/vscode/views/tableView';
import { testCatalog } from './vscodeFixtures';

const catalog = testCatalog();
const course = catalog.course;
const at = new Date('2025-03-04T05:06:07Z');
const lesson = (id: string) => {
  const i = course.items.get(id);
  if (i?.kind !== 'lesson') throw new Error(id);
  return i;
};
const problem = (id: string) => catalog.problem(id)!;

describe('tables', () => {
  it('cells keep their SQLite type and become JSON-safe text', () => {
    expect(cellView(null)).toEqual({ text: 'NULL', type: 'null' });
    expect(cellView(42n)).toEqual({ text: '42', type: 'integer' });
    expect(cellView(2n ** 60n)).toEqual({ text: '1152921504606846976', type: 'integer' });
    expect(cellView(1.5)).toEqual({ text: '1.5', type: 'real' });
    expect(cellView('x')).toEqual({ text: 'x', type: 'text' });
    expect(cellView(new Uint8Array([1, 255]))).toEqual({ text: "x'01ff'", type: 'blob' });
  });

  it('long results are cut and marked; the view survives JSON', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [BigInt(i)]);
    const v = tableView({ columns: ['n'], rows }, 'Result', 3);
    expect(v.rows).toHaveLength(3);
    expect(v.truncated).toBe(true);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});

describe('gradeView', () => {
  const base = { kind: 'query' as const, problemId: 'sum-it', ms: 3 };
  it('correct: the title is exactly "Correct" and the sample is shown', () => {
    const grade: QueryGrade = {
      ...base,
      status: 'correct',
      datasets: [{ name: '01-sample', visible: true, passed: true, findings: [], expected: { columns: ['total'], rows: [[42n]] }, actual: { columns: ['total'], rows: [[42n]] }, ms: 1 }],
    };
    const v = gradeView(grade, undefined, at);
    expect(v.title).toBe('Correct');
    expect(v.headline).toMatch(/^Correct/);
    expect(v.sample?.pairs[0].expected.rows).toEqual([[{ text: '42', type: 'integer' }]]);
    expect(v.unit).toBe('dataset');
    expect(v.counterexample).toBeUndefined();
    expect(v.at).toBe(at.toISOString());
  });

  it('incorrect: the ladder after the headline, and the counterexample of the hidden dataset', () => {
    const grade: QueryGrade = {
      ...base,
      status: 'incorrect',
      firstFailure: 1,
      datasets: [
        { name: '01-sample', visible: true, passed: true, findings: [], ms: 1 },
        {
          name: '02-more',
          visible: false,
          passed: false,
          ms: 1,
          findings: [
            { kind: 'rowCount', expected: 1, actual: 2 },
            { kind: 'rows', missing: [[5n]], extra: [[1n], [4n]], missingCount: 1, extraCount: 2 },
            { kind: 'cellHints', hints: [{ kind: 'integerDivision', column: 0, columnName: 'total', expected: 2.5, actual: 2n }] },
          ],
          counterexample: {
            tables: [{ name: 't', columns: ['id', 'v'], rows: [[1n, 5n]] }],
            expected: { columns: ['total'], rows: [[5n]] },
            actual: { columns: ['total'], rows: [[1n], [4n]] },
            findings: [],
          },
        },
      ],
    };
    const v = gradeView(grade, undefined, at);
    expect(v.title).toBe('Incorrect');
    expect(v.headline).toBe('On hidden dataset 2 of 2 (02-more): 2 rows, expected 1.');
    expect(v.details[0]).toMatch(/1 expected row missing/);
    expect(v.details[1]).toMatch(/integer division/);
    expect(v.counterexample).toMatchObject({ dataset: '02-more', hidden: true });
    expect(v.counterexample!.tables[0]).toMatchObject({ name: 'Input: t', columns: ['id', 'v'] });
    expect(v.counterexample!.actual!.rows).toHaveLength(2);
    expect(v.datasets.map((d) => d.passed)).toEqual([true, false]);
    expect(() => JSON.stringify(v)).not.toThrow();
  });

  it('error: the title is "Error", the headline names the place, and the position is kept', () => {
    const grade: QueryGrade = { ...base, status: 'error', datasets: [], error: { kind: 'sql', message: 'no such column: x', line: 2, column: 8, length: 1 } };
    const v = gradeView(grade, undefined, at);
    expect(v.title).toBe('Error');
    expect(v.headline).toBe('SQL error at line 2, column 8: no such column: x');
    expect(v.errorAt).toEqual({ line: 2, column: 8 });
  });

  it('runs show the result or the error', () => {
    const ok = runView({ problemId: 'p', dataset: '01-sample', result: { columns: ['a'], rows: [[1n]] }, ms: 1 }, at);
    expect(ok.result?.rows[0][0].text).toBe('1');
    expect(ok.where).toBe('the sample dataset (01-sample)');
    const err = runView({ problemId: 'p', dataset: '01-sample', error: { kind: 'timeout', deadlineMs: 2000 }, ms: 2000 }, at);
    expect(err.error).toMatch(/took too long/);
    expect(err.result).toBeUndefined();
  });
});

describe('pages', () => {
  it('the lesson page: title outside the body, course links as data attributes, related items, next', () => {
    const v = lessonView(course, lesson('intro'), emptyProgress());
    expect(v.title).toBe('Introduction');
    expect(v.html).not.toMatch(/<h1/);
    expect(v.html).toContain('data-link-kind="lesson" data-link-id="second-lesson"');
    expect(v.html).toContain('data-link-kind="problem" data-link-id="sum-it"');
    expect(v.html).toContain('data-link-kind="external"');
    expect(v.html).not.toMatch(/style=/);
    expect(v.html).toContain('class="align-right"');
    expect(v.html).toContain('class="embedded-quiz" data-quiz-id="check-one"');
    expect(v.quizTitles).toEqual({ 'check-one': 'Check one' });
    expect(v.related.map((r) => `${r.kind}:${r.id}:${r.status}`)).toEqual(['problem:sum-it:new', 'quiz:check-one:new']);
    expect(v.next).toMatchObject({ kind: 'problem', id: 'sum-it' });
    expect(v.read).toBe(false);
    expect(lessonView(course, lesson('intro'), markLessonRead(emptyProgress(), 'intro', at)).read).toBe(true);
  });

  it('only a leading h1 is dropped', () => {
    expect(renderPage(course, 'Text\n\n# Later heading\n').html).toContain('<h1');
  });

  it('the problem page reveals hints one at a time and the solution only when earned', () => {
    const files = catalog.problemFiles('sum-it').files;
    const fresh = problemView(course, problem('sum-it'), files, emptyProgress(), 'de-dojo/m1/sum-it.sql');
    expect(fresh).toMatchObject({ id: 'sum-it', title: 'Sum it', moduleTitle: 'Module One', hintsTotal: 2, hints: [], status: 'new', answerPath: 'de-dojo/m1/sum-it.sql' });
    expect(fresh.solution).toBeUndefined();
    expect(fresh.statementHtml).toContain('<strong>total</strong>');
    expect(fresh.lessons.map((l) => l.id)).toEqual(['intro']);
    const oneHint = problemView(course, problem('sum-it'), files, revealHint(emptyProgress(), 'sum-it', 2), 'x');
    expect(oneHint.hints).toHaveLength(1);
    expect(oneHint.hints[0]).toContain('<code>code</code>');
    const viewed = problemView(course, problem('sum-it'), files, recordSolutionViewed(emptyProgress(), 'sum-it'), 'x');
    expect(viewed.solution?.sqlHtml).toContain('SUM');
    expect(viewed.solution?.explanationHtml).toContain('SUM adds');
    const solved = problemView(course, problem('sum-it'), files, recordCheck(emptyProgress(), 'sum-it', 'correct', at), 'x');
    expect(solved.solution).toBeDefined();
    expect(solved.status).toBe('done');
  });
});

describe('sample tables through the real grading worker', () => {
  const service = new GradingService({ workerPath: path.join(__dirname, '..', '..', 'dist', 'grading-worker.js'), deadlineMs: 5000 });
  afterAll(() => service.dispose());

  it('reads columns with declared types and keys, and the sample rows', async () => {
    const tables = await sampleTables(service, querySample(catalog.querySpec('sum-it')!));
    expect(tables).toHaveLength(1);
    expect(tables[0].name).toBe('t');
    expect(tables[0].columns).toEqual([
      { name: 'id', type: 'INTEGER', primaryKey: true, notNull: false },
      { name: 'v', type: 'INTEGER', primaryKey: false, notNull: true },
      { name: 'note', type: 'TEXT', primaryKey: false, notNull: false },
    ]);
    expect(tables[0].rows.columnTypes).toEqual(['INTEGER', 'INTEGER', 'TEXT']);
    expect(tables[0].rows.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', '10', 'a'],
      ['2', '32', 'NULL'],
    ]);
  });

  it('the column query passes the answer policy (it is an ordinary read-only SELECT)', async () => {
    const r = await service.runQuery(catalog.querySpec('sum-it')!, COLUMNS_QUERY);
    expect(r.error).toBeUndefined();
  });
});

describe('pipeline problems through the real grading worker', () => {
  const root = path.join(__dirname, '..', '..');
  const shipped = new Catalog(fileSystemSource(path.join(root, 'content')));
  const service = new GradingService({ workerPath: path.join(root, 'dist', 'grading-worker.js'), deadlineMs: 5000 });
  afterAll(() => service.dispose());
  const id = 'incremental-revenue';
  const dir = path.join(root, 'content', 'modules', 'foundations', 'problems', id);

  it('a non-idempotent script: Incorrect, scenarios as the unit, the replay diff, the batch rows and the sample states', async () => {
    const spec = shipped.pipelineSpec(id)!;
    const grade = await service.gradePipeline(spec, fs.readFileSync(path.join(dir, 'wrong', 'add-every-run.sql'), 'utf8'));
    const v = pipelineGradeView(grade, at);
    expect(v.title).toBe('Incorrect');
    expect(v.unit).toBe('scenario');
    expect(v.headline).toMatch(/second run on batch-1/);
    expect(v.details.some((d) => /Rows the second run updated/.test(d))).toBe(true);
    expect(v.details.some((d) => /^\s+restaurant_id = 1/.test(d))).toBe(true);
    expect(v.sample?.pairs[0].expected.name).toMatch(/restaurant_revenue: expected/);
    expect(v.counterexample?.tables[0].name).toMatch(/^Batch: new_orders/);
    expect(() => JSON.stringify(v)).not.toThrow();
  });

  it('the reference is Correct; a run shows the batch and the tables before and after', async () => {
    const spec = shipped.pipelineSpec(id)!;
    const solution = fs.readFileSync(path.join(dir, 'solution.sql'), 'utf8');
    expect(pipelineGradeView(await service.gradePipeline(spec, solution), at).title).toBe('Correct');
    const run = pipelineRunView(await service.runPipeline(spec, solution), at);
    expect(run.error).toBeUndefined();
    expect(run.where).toMatch(/sample scenario/);
    expect(run.tables?.[0].name).toMatch(/^The batch: /);
    // Before and after are one table per target, the rows the batch changed marked.
    expect(run.changes?.some((c) => /before → after batch-1$/.test(c.caption))).toBe(true);
    expect(run.notes?.[0]).toBe('Rows changed by each statement:');
  });

  it('a SQL error in a script keeps its position for the editor', async () => {
    const grade = await service.gradePipeline(shipped.pipelineSpec(id)!, 'UPDATE restaurant_revenue SET nope = 1;');
    const v = pipelineGradeView(grade, at);
    expect(v.title).toBe('Error');
    expect(v.errorAt?.line).toBe(1);
  });

  it('the sample tables of a pipeline problem: its starting state and first batch', async () => {
    const tables = await sampleTables(service, pipelineSample(shipped.pipelineSpec(id)!));
    const names = tables.map((t) => t.name);
    expect(names).toContain('new_orders');
    expect(names).toContain('restaurant_revenue');
    expect(tables.find((t) => t.name === 'new_orders')!.rows.rows.length).toBeGreaterThan(0);
  });
});

describe('webview Content-Security-Policy', () => {
  it('allows only nonce scripts and the extension’s own resources, and no forms or <base> (defence in depth)', () => {
    const csp = webviewCsp('vscode-resource:', 'abc');
    const rules = Object.fromEntries(csp.split('; ').map((r) => [r.split(' ')[0], r.split(' ').slice(1).join(' ')]));
    expect(rules).toEqual({
      'default-src': "'none'",
      'style-src': 'vscode-resource:',
      'img-src': 'vscode-resource:',
      'font-src': 'vscode-resource:',
      'script-src': "'nonce-abc'",
      'form-action': "'none'",
      'base-uri': "'none'",
    });
  });
});
