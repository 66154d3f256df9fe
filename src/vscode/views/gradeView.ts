/**
 * A grade (core data) turned into what the problem panel shows: the verdict title, the headline of
 * the feedback ladder, the further rungs, the sample's expected and actual results and the
 * counterexample. Wording comes from core/grading/describe*.ts so the CLI and the panel agree.
 */
import { describeCellHint, describeError, describeFinding, headline, STATUS_TITLE } from '../../core/grading/describe';
import { describeEffects, describePipelineError, describeScenarioFailure, pipelineHeadline } from '../../core/grading/describePipeline';
import { describeOrigin } from '../../core/grading/generate/options';
import type { PipelineGrade, PipelineRunResult } from '../../core/grading/pipelineTypes';
import type { GradeError, QueryGrade, RunResult, TableSnapshot } from '../../core/grading/types';
import type { GradeView, RunView } from '../../shared/messages';
import { tableView } from './tableView';

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
    datasets: grade.datasets.map((d) => ({ name: d.generated ? describeOrigin(d.generated) : d.name, visible: d.visible, passed: d.passed })),
    ms: grade.ms,
    at: at.toISOString(),
  };
  if (grade.error) {
    view.errorAt = errorAt(grade.error);
    return view;
  }
  const sample = grade.datasets.find((d) => d.visible);
  if (sample?.expected && sample.actual) {
    view.sample = { heading: `On the sample dataset (${sample.name})`, pairs: [{ expected: tableView(sample.expected, 'Expected'), actual: tableView(sample.actual, 'Yours') }] };
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
      heading: failed.generated
        ? `Counterexample from ${describeOrigin(failed.generated)}, shrunk to the rows that still differ`
        : `Counterexample from ${failed.visible ? 'the sample' : 'hidden'} dataset ${failed.name}`,
      tables: cx.tables.map((t) => tableView({ columns: t.columns, rows: t.rows }, `Input: ${t.name}`)),
      expected: tableView(cx.expected, 'Expected'),
      actual: tableView(cx.actual, 'Yours'),
    };
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
    datasets: grade.scenarios.map((s) => ({ name: s.generated ? describeOrigin(s.generated) : s.name, visible: s.visible, passed: s.passed })),
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
      pairs: s.expected.map((t, i) => ({
        expected: tableView({ columns: t.columns, rows: t.rows }, `${t.name}: expected${f.check === 'rebuild' ? ' (full rebuild)' : ''}`),
        actual: tableView({ columns: s.actual![i].columns, rows: s.actual![i].rows }, `${t.name}: ${yours.toLowerCase()}`),
      })),
    };
  }
  const context = f.context;
  if (context && (context.batchRows.some((b) => b.rows.length) || context.before)) {
    view.counterexample = {
      dataset: s.name,
      hidden: !s.visible,
      heading: `What ${f.batch} of ${s.generated ? `a scenario of ${describeOrigin(s.generated)}` : `${s.visible ? 'the sample' : 'hidden'} scenario ${s.name}`} held${context.matchedOn?.length ? ` for the same ${context.matchedOn.join(', ')}` : ''}`,
      tables: [
        ...context.batchRows.filter((b) => b.rows.length).map((b) => tableView({ columns: b.columns, rows: b.rows }, `Batch: ${b.name}`)),
        ...(context.before ? [tableView({ columns: context.before.columns, rows: context.before.rows }, `${context.before.name} before ${f.batch}`)] : []),
      ],
    };
  }
  return view;
}

export function runView(r: RunResult, at: Date): RunView {
  const view: RunView = { problemId: r.problemId, where: `the sample dataset (${r.dataset})`, ms: r.ms, at: at.toISOString() };
  if (r.error) {
    view.error = describeError(r.error);
    view.errorAt = errorAt(r.error);
  } else if (r.result) {
    view.result = tableView(r.result, 'Your result');
  }
  return view;
}

export function pipelineRunView(r: PipelineRunResult, at: Date): RunView {
  const view: RunView = { problemId: r.problemId, where: `the sample scenario (${r.scenario}), first batch (${r.batch})`, ms: r.ms, at: at.toISOString() };
  if (r.error) {
    view.error = describePipelineError(r.error);
    view.errorAt = errorAt(r.error);
    return view;
  }
  const snap = (t: TableSnapshot, caption: string) => tableView({ columns: t.columns, rows: t.rows }, caption);
  view.tables = [
    ...(r.batchTables ?? []).map((t) => snap(t, `The batch: ${t.name}`)),
    ...(r.before ?? []).flatMap((b, i) => [snap(b, `${b.name} before`), ...(r.after?.[i] ? [snap(r.after[i], `${r.after[i].name} after`)] : [])]),
  ];
  if (r.effects) view.notes = ['Rows changed by each statement:', ...describeEffects(r.effects)];
  return view;
}
