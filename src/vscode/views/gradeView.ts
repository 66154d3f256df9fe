/**
 * A grade (core data) turned into what the problem panel shows: the verdict title, the headline of
 * the feedback ladder, the further rungs, the sample's expected and actual results and the
 * counterexample. Wording comes from core/grading/describe.ts so the CLI and the panel agree.
 */
import { describeCellHint, describeError, describeFinding, headline, STATUS_TITLE } from '../../core/grading/describe';
import type { QueryGrade, RunResult } from '../../core/grading/types';
import type { GradeView, RunView } from '../../shared/messages';
import { tableView } from './tableView';

export function gradeView(grade: QueryGrade, rounding: string | undefined, at: Date): GradeView {
  const view: GradeView = {
    problemId: grade.problemId,
    status: grade.status,
    title: STATUS_TITLE[grade.status],
    headline: headline(grade),
    details: [],
    datasets: grade.datasets.map((d) => ({ name: d.name, visible: d.visible, passed: d.passed })),
    ms: grade.ms,
    at: at.toISOString(),
  };
  if (grade.error) {
    if (grade.error.kind === 'sql' || grade.error.kind === 'policy') view.errorAt = { line: grade.error.line, column: grade.error.column };
    return view;
  }
  const sample = grade.datasets.find((d) => d.visible);
  if (sample?.expected && sample.actual) view.sample = { expected: tableView(sample.expected, 'Expected'), actual: tableView(sample.actual, 'Yours') };
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
      tables: cx.tables.map((t) => tableView({ columns: t.columns, rows: t.rows }, t.name)),
      expected: tableView(cx.expected, 'Expected'),
      actual: tableView(cx.actual, 'Yours'),
    };
  }
  return view;
}

export function runView(r: RunResult, at: Date): RunView {
  const view: RunView = { problemId: r.problemId, dataset: r.dataset, ms: r.ms, at: at.toISOString() };
  if (r.error) {
    view.error = describeError(r.error);
    if (r.error.kind === 'sql' || r.error.kind === 'policy') view.errorAt = { line: r.error.line, column: r.error.column };
  } else if (r.result) {
    view.result = tableView(r.result, 'Result');
  }
  return view;
}
