/**
 * The tables a problem gives the learner, with declared column types and the sample dataset's rows,
 * read through the grading worker's ordinary read-only `runQuery` on the sample dataset: one query
 * over `pragma_table_info` for the columns, then one `SELECT *` per table. Pure: no vscode import.
 */
import type { GradingService } from '../../core/grading/gradingService';
import { describeError } from '../../core/grading/describe';
import type { PipelineProblemSpec } from '../../core/grading/pipelineTypes';
import type { QueryProblemSpec } from '../../core/grading/types';
import type { SampleTable, SchemaColumn } from '../../shared/messages';
import { tableView } from './tableView';

export const COLUMNS_QUERY = `SELECT m.name AS table_name, p.name AS column_name, p.type AS column_type, p.pk AS pk, p."notnull" AS not_null
FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
ORDER BY m.rowid, p.cid`;

export const SAMPLE_ROW_LIMIT = 100;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

type Runner = Pick<GradingService, 'runQuery'>;

/** What the learner sees as sample data: the tables built by schema.sql and one dataset's SQL. */
export interface SampleSource {
  id: string;
  schemaSql: string;
  sample: { name: string; sql: string };
}

export function querySample(spec: QueryProblemSpec): SampleSource {
  const ds = spec.datasets.find((d) => d.visible) ?? spec.datasets[0];
  return { id: spec.id, schemaSql: spec.schemaSql, sample: { name: ds?.name ?? 'sample', sql: ds?.sql ?? '' } };
}

/** A pipeline problem's sample: the sample scenario's starting state plus its first batch. */
export function pipelineSample(spec: PipelineProblemSpec): SampleSource {
  const s = spec.scenarios.find((x) => x.visible) ?? spec.scenarios[0];
  const first = s?.batches[0];
  return { id: spec.id, schemaSql: spec.schemaSql, sample: { name: s?.name ?? 'sample', sql: `${s?.initialSql ?? ''}
;
${first?.sql ?? ''}` } };
}

export async function sampleTables(grader: Runner, source: SampleSource): Promise<SampleTable[]> {
  // An ordinary read-only run on a spec whose only dataset is the sample: no reference is needed.
  const spec: QueryProblemSpec = { id: source.id, schemaSql: source.schemaSql, datasets: [{ ...source.sample, visible: true }], solutionSql: 'SELECT 1', compare: {} };
  const sampleIndex = 0;
  const cols = await grader.runQuery(spec, COLUMNS_QUERY, sampleIndex);
  if (cols.error || !cols.result) throw new Error(cols.error ? describeError(cols.error) : 'no result');
  const byTable = new Map<string, SchemaColumn[]>();
  for (const [table, name, type, pk, notNull] of cols.result.rows) {
    const t = String(table);
    if (!byTable.has(t)) byTable.set(t, []);
    byTable.get(t)!.push({ name: String(name), type: String(type ?? ''), primaryKey: Number(pk) > 0, notNull: Number(notNull) === 1 });
  }
  const tables: SampleTable[] = [];
  for (const [name, columns] of byTable) {
    const r = await grader.runQuery(spec, `SELECT * FROM ${quoteIdent(name)} LIMIT ${SAMPLE_ROW_LIMIT + 1}`, sampleIndex);
    if (r.error || !r.result) throw new Error(r.error ? describeError(r.error) : 'no result');
    const rows = tableView(r.result, name, SAMPLE_ROW_LIMIT);
    rows.columnTypes = columns.map((c) => c.type);
    tables.push({ name, columns, rows });
  }
  return tables;
}
