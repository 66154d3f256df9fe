/**
 * A grade (core data) turned into what the problem panel shows: the verdict title, the headline of
 * the feedback ladder, the further rungs, the sample's expected and actual results and the
 * counterexample. Wording comes from core/grading/describe*.ts so the CLI and the panel agree.
 */
import { describeCellHint, describeError, describeFinding, headline, STATUS_TITLE } from '../../core/grading/describe';
import { describeEffects, describePipelineError, describeScenarioFailure, pipelineHeadline } from '../../core/grading/describePipeline';
import type { PipelineGrade, PipelineRunResult } from '../../core/grading/pipelineTypes';
import type { GradeError, QueryGrade, RunResult, TableSnapshot } from '../../core/grading/types';
import { compareResults, type CompareOptions } from '../../core/grading/compare';
import type { PipelineBatchRun } from '../../core/grading/pipelineBatchRun';
import type { ResultSet } from '../../core/grading/values';
import type { ComparisonView, GradeView, RunView } from '../../shared/messages';
import { comparisonView, describeMarks } from './comparisonView';
import { tableView } from './tableView';

/**
 * A short fingerprint of an answer's text (FNV-1a, 32 bits, and the length): results carry the one
 * they were computed from, and the page compares it with the editor's current one to mark a result
 * of an older text as stale.
 */
export function answerFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

function errorAt(e: GradeError | undefined): { line: number; column: number } | undefined {
  return e && (e.kind === 'sql' || e.kind === 'policy') ? { line: e.line, column: e.column } : undefined;
}

export function gradeView(grade: QueryGrade, rounding: string | undefined, at: Date): GradeView {
  const view: GradeView = {
    problemId: grade.problemId,
    status: grade.status,
    title: STATUS_TITLE[grade.status],
    headline: headline(grade),
    details: [],
    unit: 'dataset',
    datasets: grade.datasets.map((d) => ({ name: d.name, visible: d.visible, passed: d.passed })),
    ms: grade.ms,
    at: at.toISOString(),
  };
  if (grade.error) {
    view.errorAt = errorAt(grade.error);
    return view;
  }
  const sample = grade.datasets.find((d) => d.visible);
  if (sample?.expected && sample.actual) {
    const comparison = comparisonView('Expected and yours', sample.expected, sample.actual, { sides: 'expected' });
    view.sample = { heading: `On the sample dataset (${sample.name})`, pairs: [{ expected: tableView(sample.expected, 'Expected'), actual: tableView(sample.actual, 'Yours'), ...(comparison ? { comparison } : {}) }] };
  }
  if (grade.firstFailure === undefined) return view;
  const failed = grade.datasets[grade.firstFailure];
  // The headline is the first finding; the rest of the ladder follows, cell hints one per line.
  for (const f of failed.findings.slice(1)) {
    if (f.kind === 'cellHints') view.details.push(...f.hints.map((h) => describeCellHint(h, rounding)));
    else view.details.push(describeFinding(f, rounding));
  }
  const cx = failed.counterexample;
  if (cx) {
    view.counterexample = {
      dataset: failed.name,
      hidden: !failed.visible,
      heading: `Counterexample from ${failed.visible ? 'the sample' : 'hidden'} dataset ${failed.name}`,
      tables: cx.tables.map((t) => tableView({ columns: t.columns, rows: t.rows }, `Input: ${t.name}`)),
      expected: tableView(cx.expected, 'Expected'),
      actual: tableView(cx.actual, 'Yours'),
    };
    const comparison = comparisonView('Expected and yours', cx.expected, cx.actual, { sides: 'expected' });
    if (comparison) view.counterexample.comparison = comparison;
  }
  return view;
}

export function pipelineGradeView(grade: PipelineGrade, at: Date): GradeView {
  const view: GradeView = {
    problemId: grade.problemId,
    status: grade.status,
    title: STATUS_TITLE[grade.status],
    headline: pipelineHeadline(grade),
    details: [],
    unit: 'scenario',
    datasets: grade.scenarios.map((s) => ({ name: s.name, visible: s.visible, passed: s.passed })),
    ms: grade.ms,
    at: at.toISOString(),
  };
  if (grade.error) {
    view.errorAt = errorAt(grade.error);
    return view;
  }
  if (grade.firstFailure === undefined) return view;
  const s = grade.scenarios[grade.firstFailure];
  const f = s.failure;
  view.details = describeScenarioFailure(s);
  if (!f) return view;
  view.errorAt = errorAt(f.error);
  if (s.visible && s.expected && s.actual) {
    const yours = f.check === 'replay' || f.onReplay ? 'Yours, after the second run' : 'Yours';
    view.sample = {
      heading: `After ${f.batch} of the sample scenario (${s.name}), compared columns`,
      pairs: s.expected.map((t, i) => {
        const expectedCaption = `expected${f.check === 'rebuild' ? ' (full rebuild)' : ''}`;
        const comparison = comparisonView(`${t.name}: ${expectedCaption} and ${yours.toLowerCase()}`, t, s.actual![i], {
          sides: 'expected',
          key: f.table === t.name ? f.diff?.keyColumns : undefined,
        });
        return {
          expected: tableView({ columns: t.columns, rows: t.rows }, `${t.name}: ${expectedCaption}`),
          actual: tableView({ columns: s.actual![i].columns, rows: s.actual![i].rows }, `${t.name}: ${yours.toLowerCase()}`),
          ...(comparison ? { comparison } : {}),
        };
      }),
    };
  }
  const context = f.context;
  if (context && (context.batchRows.some((b) => b.rows.length) || context.before)) {
    view.counterexample = {
      dataset: s.name,
      hidden: !s.visible,
      heading: `What ${f.batch} of ${s.visible ? 'the sample' : 'hidden'} scenario ${s.name} held${context.matchedOn?.length ? ` for the same ${context.matchedOn.join(', ')}` : ''}`,
      tables: [
        ...context.batchRows.filter((b) => b.rows.length).map((b) => tableView({ columns: b.columns, rows: b.rows }, `Batch: ${b.name}`)),
        ...(context.before ? [tableView({ columns: context.before.columns, rows: context.before.rows }, `${context.before.name} before ${f.batch}`)] : []),
      ],
    };
  }
  return view;
}

/**
 * A query run on the sample. With the reference's result on the same sample, the two are merged
 * into one marked table and the verdict says whether they match by the problem's own rules.
 */
export function runView(r: RunResult, at: Date, reference?: { result?: ResultSet; compare?: CompareOptions }): RunView {
  const view: RunView = { problemId: r.problemId, where: `the sample dataset (${r.dataset})`, ms: r.ms, at: at.toISOString() };
  if (r.error) {
    view.error = describeError(r.error);
    view.errorAt = errorAt(r.error);
  } else if (r.result) {
    view.result = tableView(r.result, 'Your result');
    const expected = reference?.result;
    if (expected) {
      const c = compareResults(expected, r.result, reference?.compare ?? {});
      view.verdict = c.equal
        ? { matches: true, text: 'Your result matches the expected result on the sample. Check also grades the hidden datasets.' }
        : { matches: false, text: `Your result differs from the expected result on the sample: ${c.findings[0] ? describeFinding(c.findings[0], reference?.compare?.rounding) : 'the rows differ.'}` };
      const comparison = comparisonView('Expected and yours', expected, r.result, { sides: 'expected', tolerance: reference?.compare?.tolerance });
      if (comparison) view.comparison = comparison;
      else view.expected = tableView(expected, 'Expected');
    }
  }
  return view;
}

/** What a pipeline target is compared on, and what aligns its rows. */
export interface TargetColumns {
  table: string;
  compare?: string[];
  ignore: string[];
  key?: string[];
}

function project(t: { name: string; columns: string[]; rows: ResultSet['rows'] }, target: TargetColumns): ResultSet {
  const cols = (target.compare ?? t.columns).filter((c) => !target.ignore.includes(c) && t.columns.includes(c));
  const idx = cols.map((c) => t.columns.indexOf(c));
  return { columns: cols, rows: t.rows.map((r) => idx.map((i) => r[i])) };
}

/**
 * A pipeline run on one batch: the batch, each table before → after with its rows marked, and,
 * with the reference's run on the same batch, each target's state beside the expected one.
 */
export function pipelineRunView(r: PipelineRunResult | PipelineBatchRun, at: Date, reference?: { run: PipelineRunResult; targets: TargetColumns[] }): RunView {
  const batched = 'batchIndex' in r ? r : undefined;
  const position = batched ? `batch ${batched.batchIndex + 1} of ${batched.batchCount} (${r.batch})` : `first batch (${r.batch})`;
  const earlier = batched && batched.batchIndex > 0 && !batched.stoppedEarly ? `, after your script ran on the ${batched.batchIndex === 1 ? 'batch' : `${batched.batchIndex} batches`} before it` : '';
  const view: RunView = { problemId: r.problemId, where: `the sample scenario (${r.scenario}), ${position}${earlier}`, ms: r.ms, at: at.toISOString() };
  if (batched) view.target = { scenario: batched.scenarioIndex, batch: batched.batchIndex, batchCount: batched.batchCount };
  if (batched?.stoppedEarly) view.where = `the sample scenario (${r.scenario}): your script stopped on ${r.batch}, before reaching batch ${batched.batchIndex + 1}`;
  if (r.error) {
    view.error = describePipelineError(r.error);
    view.errorAt = errorAt(r.error);
    return view;
  }
  const snap = (t: TableSnapshot, caption: string) => tableView({ columns: t.columns, rows: t.rows }, caption);
  view.tables = (r.batchTables ?? []).map((t) => snap(t, `The batch: ${t.name}`));
  const changes: ComparisonView[] = [];
  (r.before ?? []).forEach((b, i) => {
    const after = r.after?.[i];
    if (!after) return;
    const c = comparisonView(`${b.name}: before → after ${r.batch}`, b, after, { sides: 'change' });
    if (c) changes.push(c);
    else view.tables!.push(snap(b, `${b.name} before`), snap(after, `${after.name} after`));
  });
  if (changes.length) view.changes = changes;
  if (r.effects) view.notes = ['Rows changed by each statement:', ...describeEffects(r.effects)];
  const ref = reference?.run;
  if (ref && !ref.error && ref.after && r.after) {
    const comparisons: ComparisonView[] = [];
    const differences: string[] = [];
    for (const target of reference.targets) {
      const mine = r.after.find((t) => t.name === target.table);
      const theirs = ref.after.find((t) => t.name === target.table);
      if (!mine || !theirs) continue;
      const c = comparisonView(`${target.table} after ${r.batch}: expected and yours (compared columns)`, project(theirs, target), project(mine, target), { sides: 'expected', key: target.key });
      if (!c) continue;
      comparisons.push(c);
      const marks = describeMarks(c.counts);
      if (marks) differences.push(`${target.table}: ${marks}`);
    }
    if (comparisons.length) {
      view.comparisons = comparisons;
      view.verdict = !differences.length
        ? { matches: true, text: `After ${r.batch}, your tables match the expected state. Check also runs every batch twice (replay) and the hidden scenarios.` }
        : { matches: false, text: `After ${r.batch}, your tables differ from the expected state (${differences.join('; ')}): the rows are marked below.` };
    }
  }
  return view;
}
