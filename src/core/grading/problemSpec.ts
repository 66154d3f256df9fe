/** Turns loaded content into the self-contained specs the grading worker receives. */
import type { QueryProblemFiles } from '../content/model';
import type { OrderKey } from './compare';
import type { QueryProblemSpec } from './types';

export function queryProblemSpec(id: string, files: QueryProblemFiles): QueryProblemSpec {
  const m = files.meta;
  const orderBy: OrderKey[] | undefined = m.orderBy?.map((k) =>
    typeof k === 'number' ? { column: k - 1, descending: false } : { column: k.column - 1, descending: k.descending },
  );
  return {
    id,
    schemaSql: files.schemaSql,
    solutionSql: files.solutionSql,
    datasets: files.datasets.map((d) => ({ name: d.name, sql: d.sql, visible: d.visible })),
    compare: {
      orderBy,
      setSemantics: m.setSemantics,
      requireColumnNames: m.columnNames,
      tolerance: m.tolerance ? { absolute: m.tolerance.absolute, relative: m.tolerance.relative } : undefined,
      rounding: m.rounding,
    },
    ...(m.generate ? { generation: { hints: m.generate } } : {}),
  };
}
