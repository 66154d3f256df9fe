/** The mutation context for one problem: hints turned into the questions mutations ask. */
import type { SqlValue } from '../values';
import type { DataSet, TableInfo } from './dataModel';
import { literalKey, type Literals } from './literals';
import type { MutationContext } from './mutations';
import type { GenerationHints } from './options';
import type { Rng } from './prng';

export function mutationContext(
  tables: readonly TableInfo[],
  data: DataSet,
  rng: Rng,
  literals: Literals,
  hints: GenerationHints | undefined,
  frozenTables: readonly string[] = [],
): MutationContext {
  const keep = new Set(hints?.keep ?? []);
  const vary = hints?.vary?.length ? new Set(hints.vary) : undefined;
  const domains = new Map<string, SqlValue[]>();
  for (const [key, values] of Object.entries(hints?.domains ?? {})) {
    const [table, column] = key.split('.');
    const col = tables.find((t) => t.name === table)?.columns.find((c) => c.name === column);
    domains.set(key, values.map((v) => (typeof v === 'number' && Number.isInteger(v) && col?.kind === 'integer' ? BigInt(v) : v)));
  }
  return {
    tables,
    data,
    rng,
    literals,
    canEdit(table, column) {
      if (frozenTables.includes(table) || keep.has(table)) return false;
      if (column !== undefined && keep.has(`${table}.${column}`)) return false;
      if (!vary) return true;
      if (vary.has(table)) return true;
      return column === undefined ? [...vary].some((v) => v.startsWith(`${table}.`)) : vary.has(`${table}.${column}`);
    },
    domain: (table, column) => domains.get(`${table}.${column}`),
  };
}

export function mergeLiterals(a: Literals, b: Literals): Literals {
  const values: SqlValue[] = [];
  const near = new Map<string, Set<string>>();
  for (const l of [a, b]) {
    for (const v of l.values) {
      const k = literalKey(v);
      if (!near.has(k)) {
        near.set(k, new Set());
        values.push(v);
      }
      for (const n of l.near.get(k) ?? []) near.get(k)!.add(n);
    }
  }
  return { values, near, seconds: [...new Set([...a.seconds, ...b.seconds])].sort((x, y) => x - y) };
}
