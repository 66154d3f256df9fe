/**
 * Reads a problem folder's SQL files. Kept apart from the catalogue so that listing a course of a
 * thousand problems does not read tens of thousands of files: a problem's files are read when it
 * is opened or graded.
 */
import type { ContentSource } from './contentSource';
import { DiagnosticBag, type Diagnostic } from './diagnostics';
import type { AltAnswer, Dataset, KnownWrongAnswer, PipelineScenario, Problem, ProblemFiles } from './model';

export interface ProblemFilesResult {
  files?: ProblemFiles;
  diagnostics: Diagnostic[];
}

export function loadProblemFiles(source: ContentSource, problem: Problem): ProblemFilesResult {
  const bag = new DiagnosticBag();
  const dir = problem.path;
  const required = (name: string): string => {
    const text = source.readText(`${dir}/${name}`);
    if (text === undefined) bag.error('DD200', `${dir}/${name}`, `missing: every problem needs ${name}`);
    else if (name !== 'starter.sql' && text.trim() === '') bag.error('DD200', `${dir}/${name}`, 'is empty');
    return text ?? '';
  };
  const schemaSql = required('schema.sql');
  const starterSql = required('starter.sql');
  const solutionSql = required('solution.sql');
  const explanation = source.readText(`${dir}/explanation.md`);
  // A missing reason is an authoring-bar finding (validateCourse), not a loading failure.
  const wrong: KnownWrongAnswer[] = sqlFiles(source, `${dir}/wrong`).map(({ name, sql, path }) => ({ name, sql, path, why: leadingComment(sql) }));
  const alt: AltAnswer[] = sqlFiles(source, `${dir}/alt`);

  if (problem.meta.kind === 'query') {
    const datasets: Dataset[] = sqlFiles(source, `${dir}/datasets`).map((f, i) => ({ ...f, visible: i === 0 }));
    if (datasets.length === 0) bag.error('DD209', `${dir}/datasets`, 'a query problem needs at least one dataset (datasets/*.sql; the first is the sample)');
    if (bag.errorCount) return { diagnostics: bag.items };
    return { files: { kind: 'query', meta: problem.meta, schemaSql, starterSql, solutionSql, wrong, alt, explanation, datasets }, diagnostics: bag.items };
  }

  const scenarios: PipelineScenario[] = [];
  const scenarioDirs = (source.list(`${dir}/scenarios`) ?? []).filter((e) => e.isDirectory);
  for (const [i, entry] of scenarioDirs.entries()) {
    const sdir = `${dir}/scenarios/${entry.name}`;
    const sql = sqlFiles(source, sdir);
    // batch-2 before batch-10: batches apply in numeric order.
    const batches = sql.filter((f) => f.name.startsWith('batch')).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    if (batches.length === 0) bag.error('DD209', sdir, 'a scenario needs at least one batch-*.sql file');
    for (const f of sql) {
      if (f.name !== 'initial' && !f.name.startsWith('batch')) bag.warning('DD210', f.path, 'ignored: a scenario holds initial.sql and batch-*.sql files only');
    }
    scenarios.push({ name: entry.name, visible: i === 0, initialSql: source.readText(`${sdir}/initial.sql`) ?? '', batches, path: sdir });
  }
  if (scenarios.length === 0) bag.error('DD209', `${dir}/scenarios`, 'a pipeline problem needs at least one scenario folder (scenarios/<name>/batch-*.sql; the first is the sample)');
  const rebuildSql = source.readText(`${dir}/rebuild.sql`);
  if (problem.meta.fullRebuild && rebuildSql === undefined) bag.error('DD208', `${dir}/rebuild.sql`, 'fullRebuild is declared, so rebuild.sql is required');
  if (bag.errorCount) return { diagnostics: bag.items };
  return {
    files: { kind: 'pipeline', meta: problem.meta, schemaSql, starterSql, solutionSql, wrong, alt, explanation, scenarios, rebuildSql },
    diagnostics: bag.items,
  };
}

function sqlFiles(source: ContentSource, dir: string): { name: string; sql: string; path: string }[] {
  return (source.list(dir) ?? [])
    .filter((e) => !e.isDirectory && e.name.endsWith('.sql'))
    .map((e) => ({ name: e.name.slice(0, -4), sql: source.readText(`${dir}/${e.name}`) ?? '', path: `${dir}/${e.name}` }));
}

/** The `--` comment lines at the top of a file, joined. */
export function leadingComment(sql: string): string {
  const lines: string[] = [];
  for (const line of sql.split(/\r?\n/)) {
    const t = line.trim();
    if (t.startsWith('--')) lines.push(t.replace(/^--+\s?/, ''));
    else if (t === '' && lines.length === 0) continue;
    else break;
  }
  return lines.join(' ').trim();
}
