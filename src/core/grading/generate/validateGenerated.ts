/**
 * The authors' side of generated data (`de-dojo validate`): every known-wrong answer that passes
 * the fixed datasets is tried on generated data, and the shrunk dataset that catches it is reported
 * (or, with --write-datasets, saved as a new hidden dataset or scenario); every alternative right
 * answer (alt/*.sql) must survive generated data, or the statement or the reference is wrong.
 * Plugged into validateCourse as one more per-problem check.
 */
import type { DiagnosticBag } from '../../content/diagnostics';
import type { Problem, ProblemFiles } from '../../content/model';
import type { PipelineGrade, PipelineProblemSpec } from '../pipelineTypes';
import { pipelineProblemSpec } from '../pipelineSpec';
import { queryProblemSpec } from '../problemSpec';
import type { QueryGrade, QueryProblemSpec } from '../types';
import { describeOrigin } from '../describe';
import { withGeneration, type GeneratedOrigin } from './options';

export interface GeneratedDataGrader {
  gradeQuery(spec: QueryProblemSpec, answer: string): Promise<QueryGrade>;
  gradePipeline(spec: PipelineProblemSpec, answer: string): Promise<PipelineGrade>;
}

export interface GeneratedDataCheckOptions {
  /** Milliseconds of generated data per answer (validate uses more than a learner's Check). */
  budgetMs: number;
  /** Saves a file under the content root (path relative to it); absent: only report. */
  writeFile?: (relativePath: string, text: string) => void;
}

/** Plugged into validateCourse (ValidateOptions.extraProblemCheck): run on each problem with its grader. */
export type ProblemCheck = (problem: Problem, files: ProblemFiles, grader: GeneratedDataGrader, bag: DiagnosticBag) => Promise<void>;

export function generatedDataCheck(options: GeneratedDataCheckOptions): ProblemCheck {
  return async (problem, files, grader, bag) => {
    const grade = async (generation: number, answer: string): Promise<{ status: string; found?: GeneratedOrigin }> => {
      if (files.kind === 'query') {
        const g = await grader.gradeQuery(withGeneration(queryProblemSpec(problem.id, files), { budgetMs: generation }), answer);
        return { status: g.status, found: g.firstFailure === undefined ? undefined : g.datasets[g.firstFailure].generated };
      }
      const g = await grader.gradePipeline(withGeneration(pipelineProblemSpec(problem.id, files), { budgetMs: generation }), answer);
      return { status: g.status, found: g.firstFailure === undefined ? undefined : g.scenarios[g.firstFailure].generated };
    };
    if ((await grade(0, files.solutionSql)).status !== 'correct') return; // validateCourse reports the reference
    let next = (files.kind === 'query' ? files.datasets.length : files.scenarios.length) + 1;
    for (const w of files.wrong) {
      if ((await grade(0, w.sql)).status !== 'correct') continue; // the fixed datasets catch it
      const g = await grade(options.budgetMs, w.sql);
      if (!g.found) continue; // validateCourse reports that nothing catches it
      const name = `${String(next++).padStart(2, '0')}-generated-${w.name}`;
      if (options.writeFile) {
        let saved: string;
        try {
          saved = `saved the shrunk ${files.kind === 'query' ? 'dataset' : 'scenario'} as ${save(options.writeFile, problem, files, name, w.name, g.found)}`;
        } catch (e) {
          saved = `could not save the shrunk ${files.kind === 'query' ? 'dataset' : 'scenario'} (${e instanceof Error ? e.message : String(e)})`;
        }
        bag.warning('DD212', w.path, `only ${describeOrigin(g.found)} catches this wrong answer; ${saved}`);
      } else {
        bag.warning(
          'DD212',
          w.path,
          `only ${describeOrigin(g.found)} catches this wrong answer (${g.found.mutations.join('; ')}). The shrunk ${files.kind === 'query' ? 'dataset' : 'scenario'}:\n${shownData(g.found)}` +
            `\nde-dojo validate --write-datasets saves it as ${files.kind === 'query' ? `datasets/${name}.sql` : `scenarios/${name}/`}.`,
        );
      }
    }
    for (const a of files.alt) {
      const g = await grade(options.budgetMs, a.sql);
      if (g.status === 'correct' || !g.found) continue; // other failures are validateCourse's to report
      bag.error(
        'DD213',
        a.path,
        `${describeOrigin(g.found)} tells this right answer from the reference (${g.found.mutations.join('; ')}): the statement allows data on which they differ, so the statement, the schema's constraints or the reference is wrong. The shrunk ${files.kind === 'query' ? 'dataset' : 'scenario'}:\n${shownData(g.found)}`,
      );
    }
  };
}

function shownData(o: GeneratedOrigin): string {
  if (o.datasetSql !== undefined) return o.datasetSql.trimEnd();
  return (o.scenarioFiles ?? []).map((f) => `-- ${f.name}.sql\n${f.sql.trim() || '-- (empty)'}`).join('\n');
}

function save(write: (p: string, t: string) => void, problem: Problem, files: ProblemFiles, name: string, wrong: string, o: GeneratedOrigin): string {
  const header = `-- Generated by de-dojo validate (seed ${o.seed}, case ${o.case}, from ${o.base}): catches wrong/${wrong}.sql.\n`;
  if (files.kind === 'query') {
    const file = `${problem.path}/datasets/${name}.sql`;
    write(file, header + (o.datasetSql ?? ''));
    return file;
  }
  const dir = `${problem.path}/scenarios/${name}`;
  const parts = o.scenarioFiles ?? [];
  parts.forEach((f, i) => write(`${dir}/${i === 0 ? 'initial' : `batch-${i}`}.sql`, (i === 0 ? header : '') + f.sql));
  return dir;
}
