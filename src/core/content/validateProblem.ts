/**
 * Proves one problem's truth with the grader, for query and pipeline problems alike: the reference
 * passes every dataset or scenario, every alternative answer (alt/*.sql) is accepted too — so a
 * wrong reference is caught by an answer written independently — the starter and every
 * known-wrong answer fail, and an ordered problem has a dataset where order matters. A failure of
 * the problem's own files (schema, a dataset, a batch) is reported on that file, at its line.
 */
import { firstOrderViolation, isSortedBy } from '../grading/compare';
import { describeError } from '../grading/describe';
import { describePipelineError, pipelineHeadline } from '../grading/describePipeline';
import { withGeneration } from '../grading/generate/options';
import { pipelineProblemSpec } from '../grading/pipelineSpec';
import type { PipelineGrade, PipelineProblemSpec } from '../grading/pipelineTypes';
import { queryProblemSpec } from '../grading/problemSpec';
import { locateSqlError } from '../grading/sqlErrors';
import type { GradeError, QueryGrade, QueryProblemSpec, RunResult } from '../grading/types';
import type { DiagnosticCode } from './codes';
import type { DiagnosticBag } from './diagnostics';
import type { PipelineProblemFiles, Problem, ProblemFiles } from './model';

/** The part of the grading service validation needs; tests can pass a fake. */
export interface ContentGrader {
  gradeQuery(spec: QueryProblemSpec, answer: string): Promise<QueryGrade>;
  runQuery(spec: QueryProblemSpec, answer: string, dataset?: number): Promise<RunResult>;
  gradePipeline(spec: PipelineProblemSpec, answer: string): Promise<PipelineGrade>;
}

type AnyGrade = QueryGrade | PipelineGrade;

export async function validateProblem(problem: Problem, files: ProblemFiles, grader: ContentGrader, bag: DiagnosticBag): Promise<void> {
  const dir = problem.path;
  let grade: (sql: string) => Promise<AnyGrade>;
  // Known-wrong answers and the starter need only to fail somewhere: their grade stops there.
  let gradeUntilFailure: (sql: string) => Promise<AnyGrade>;
  if (files.kind === 'query') {
    // Validation needs verdicts, not the shrunk counterexamples a learner is shown.
    // The author's datasets alone: generated data is judged by its own check (ValidateOptions.extraProblemCheck).
    const spec: QueryProblemSpec = { ...withGeneration(queryProblemSpec(problem.id, files), { budgetMs: 0 }), counterexample: false };
    grade = (sql) => grader.gradeQuery(spec, sql);
    gradeUntilFailure = (sql) => grader.gradeQuery({ ...spec, stopAtFirstFailure: true }, sql);
  } else {
    const spec = withGeneration(pipelineProblemSpec(problem.id, files), { budgetMs: 0 });
    if (!checkPipelineDeclaration(problem, files, spec, bag)) return;
    grade = (sql) => grader.gradePipeline(spec, sql);
    gradeUntilFailure = (sql) => grader.gradePipeline({ ...spec, stopAtFirstFailure: true }, sql);
  }
  const unit = files.kind === 'query' ? 'dataset' : 'scenario';

  const reference = await grade(files.solutionSql);
  if (reference.status !== 'correct') {
    reportReferenceFailure(problem, files, reference, bag);
    return;
  }

  for (const alt of files.alt) {
    const g = await grade(alt.sql);
    if (g.status === 'correct') continue;
    const at = answerPosition(g.error);
    bag.error(
      'DD205',
      alt.path,
      `this alternative answer is rejected (${summary(g)}): either it or solution.sql is wrong — find out which before changing either`,
      at?.line,
      at?.column,
    );
  }

  const starter = await gradeUntilFailure(files.starterSql);
  if (starter.status === 'correct') bag.error('DD202', `${dir}/starter.sql`, `the starter already passes every ${unit}: it gives the answer away`);

  for (const w of files.wrong) {
    const g = await gradeUntilFailure(w.sql);
    if (g.status === 'correct') {
      bag.error('DD203', w.path, `this known-wrong answer passes every ${unit}: add a ${unit} that exposes it`);
    } else if (g.status === 'error') {
      const at = answerPosition(g.error);
      bag.warning(
        'DD204',
        w.path,
        `fails with an error rather than a wrong ${files.kind === 'query' ? 'result' : 'state'} (${summary(g)}): a known-wrong answer should run and return the wrong rows`,
        at?.line,
        at?.column,
      );
    }
  }

  if (files.kind === 'query') await checkOrder(problem, queryProblemSpec(problem.id, files), grader, bag);
}

/** Checks of a pipeline's front matter that need no grading; false when grading is pointless. */
function checkPipelineDeclaration(problem: Problem, files: PipelineProblemFiles, spec: PipelineProblemSpec, bag: DiagnosticBag): boolean {
  const dir = problem.path;
  if (files.meta.fullRebuild && files.rebuildSql === undefined) return false; // reported by the loader
  if (!files.meta.fullRebuild && files.rebuildSql !== undefined) {
    bag.warning('DD208', `${dir}/rebuild.sql`, 'rebuild.sql is present but the problem does not declare fullRebuild: it is never used');
  }
  for (const t of spec.targets) {
    if (spec.batchTables.includes(t.table)) bag.error('DD208', `${dir}/problem.md`, `${t.table} is both a target and a batch table`);
  }
  return true;
}

async function checkOrder(problem: Problem, spec: QueryProblemSpec, grader: ContentGrader, bag: DiagnosticBag): Promise<void> {
  const keys = spec.compare.orderBy;
  if (!keys?.length) return;
  const dir = problem.path;
  let orderMatters = false;
  for (let i = 0; i < spec.datasets.length; i++) {
    const run = await grader.runQuery(spec, spec.solutionSql, i);
    if (!run.result) continue;
    if (!isSortedBy(run.result.rows, keys)) {
      bag.error('DD206', `${dir}/solution.sql`, `on dataset ${spec.datasets[i].name} the reference's rows are not sorted by the declared orderBy`);
    }
    const reversed = [...run.result.rows].reverse();
    if (firstOrderViolation(run.result.rows, reversed, keys) !== undefined) orderMatters = true;
  }
  if (!orderMatters) {
    bag.error('DD206', `${dir}/datasets`, 'the problem declares an order, but no dataset has two rows with different sort keys: an unordered answer would pass');
  }
}

function summary(g: AnyGrade): string {
  if (g.kind === 'query') return g.error ? describeError(g.error) : headlineOf(g);
  return g.error ? describePipelineError(g.error) : pipelineHeadline(g);
}

function headlineOf(g: QueryGrade): string {
  const ds = g.firstFailure === undefined ? undefined : g.datasets[g.firstFailure];
  return ds ? `wrong result on dataset ${ds.name}` : 'it fails';
}

/** Line and column in the answer's own file, when the grader placed the error there. */
function answerPosition(e: GradeError | undefined): { line: number; column: number } | undefined {
  return e && (e.kind === 'sql' || e.kind === 'policy') ? { line: e.line, column: e.column } : undefined;
}

interface Attribution {
  code: DiagnosticCode;
  file: string;
  message: string;
  line?: number;
  column?: number;
}

/**
 * Says which of the problem's files is at fault when the reference cannot be graded. The grader
 * reports a broken schema, dataset, initial state, batch or rebuild as a content error with the
 * file and line; where it gives only a message ("dataset 02-x does not load: near ..."), the file
 * is read from the message and SQLite's message locates the token in it.
 */
export function attributeReferenceFailure(problem: Problem, files: ProblemFiles, g: AnyGrade): Attribution {
  const dir = problem.path;
  const solution = `${dir}/solution.sql`;
  const e = g.error;
  if (!e) {
    return { code: 'DD201', file: solution, message: `the reference does not pass its own ${files.kind === 'query' ? 'datasets' : 'scenarios'}: ${summary(g)}` };
  }
  if (e.kind === 'sql' || e.kind === 'policy') {
    return { code: 'DD201', file: solution, message: `the reference fails: ${e.message}`, line: e.line, column: e.column };
  }
  if (e.kind === 'timeout') {
    return { code: 'DD211', file: solution, message: `grading the reference took longer than ${e.deadlineMs} ms (a runaway query, or datasets too large to grade quickly)` };
  }
  const text = 'message' in e ? e.message : '';
  // The grader names the file (relative to the problem) and the line when it knows them.
  if (e.kind === 'content' && e.file) {
    const file = `${dir}/${e.file}`;
    const message = e.file === 'solution.sql' ? `the reference fails: ${text.replace(/^[^:]*: /, '')}` : text.replace(/^[\s\S]*?(does not load|fails)/, '$1');
    // problem.md is named when a declared target or column is missing from the schema.
    const code: DiagnosticCode = e.file === 'solution.sql' ? 'DD201' : e.file === 'problem.md' ? 'DD208' : 'DD207';
    return { code, file, message, line: e.line };
  }
  const at = (code: DiagnosticCode, file: string, sqlText: string | undefined, sqliteMessage: string, message: string): Attribution => {
    const loc = sqlText === undefined ? undefined : locateSqlError(sqliteMessage, sqlText);
    return { code, file, message, line: loc?.line, column: loc?.column };
  };
  let m: RegExpExecArray | null;
  if ((m = /schema\.sql does not load: ([\s\S]*)/.exec(text))) {
    return at('DD207', `${dir}/schema.sql`, files.schemaSql, m[1], `does not load: ${m[1]}`);
  }
  if (files.kind === 'query' && (m = /dataset (\S+) does not load: ([\s\S]*)/.exec(text))) {
    const ds = files.datasets.find((d) => d.name === m![1]);
    return at('DD207', ds?.path ?? `${dir}/datasets/${m[1]}.sql`, ds?.sql, m[2], `does not load: ${m[2]}`);
  }
  if (files.kind === 'pipeline' && (m = /scenario (\S+): (\S+?)(?:\.sql)? does not load: ([\s\S]*)/.exec(text))) {
    const sc = files.scenarios.find((s) => s.name === m![1]);
    const [, , name, why] = m;
    const batch = sc?.batches.find((b) => b.name === name);
    const file = batch?.path ?? `${sc?.path ?? `${dir}/scenarios/${m[1]}`}/${name}.sql`;
    return at('DD207', file, name === 'initial' ? sc?.initialSql : batch?.sql, why, `does not load: ${why}`);
  }
  if (files.kind === 'pipeline' && /rebuild\.sql/.test(text)) {
    const why = /: ([^:]*)$/.exec(text)?.[1] ?? text;
    return at('DD207', `${dir}/rebuild.sql`, files.rebuildSql, why, text.replace(/^[\s\S]*?(rebuild\.sql)/, '$1'));
  }
  if (files.kind === 'pipeline' && /schema\.sql has no table|table \S+ has no column/.test(text)) {
    return { code: 'DD208', file: `${dir}/problem.md`, message: `a declared target does not match schema.sql: ${text.replace(/^[\s\S]*?(schema\.sql has no table|table \S+ has no column)/, '$1')}` };
  }
  if ((m = /the reference solution fails on [^:]*: ([\s\S]*)/.exec(text))) {
    return at('DD201', solution, files.solutionSql, m[1], `the reference fails: ${m[1]}`);
  }
  return { code: 'DD201', file: solution, message: `the reference cannot be graded: ${text || e.kind}` };
}

function reportReferenceFailure(problem: Problem, files: ProblemFiles, g: AnyGrade, bag: DiagnosticBag): void {
  const a = attributeReferenceFailure(problem, files, g);
  bag.error(a.code, a.file, a.message, a.line, a.column);
}
