/** Turns a loaded pipeline problem into the self-contained spec the grading worker receives. */
import type { PipelineProblemFiles } from '../content/model';
import type { PipelineProblemSpec } from './pipelineTypes';

export function pipelineProblemSpec(id: string, files: PipelineProblemFiles): PipelineProblemSpec {
  const m = files.meta;
  return {
    id,
    schemaSql: files.schemaSql,
    solutionSql: files.solutionSql,
    scenarios: files.scenarios.map((s) => ({
      name: s.name,
      visible: s.visible,
      initialSql: s.initialSql,
      batches: s.batches.map((b) => ({ name: b.name, sql: b.sql })),
    })),
    targets: m.targets.map((t) => ({ table: t.table, ...(t.compare ? { compare: t.compare } : {}), ignore: t.ignore, ...(t.key ? { key: t.key } : {}) })),
    writable: m.writable,
    batchTables: m.batchTables,
    replay: m.replay,
    ...(m.fullRebuild && files.rebuildSql !== undefined ? { rebuildSql: files.rebuildSql } : {}),
    ...(m.generate ? { generation: { hints: m.generate } } : {}),
  };
}
