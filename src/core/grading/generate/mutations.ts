/**
 * Mutations of a problem's own data, with no per-problem code: each takes a dataset (rows per
 * table) and changes it in one of the ways that tell a right query from a nearly right one —
 * duplicate a row under a new key, copy a value into another row (a tie), NULL a nullable column,
 * move a timestamp across a boundary (a second, midnight, a day, a year), scale or zero a number,
 * reorder the rows, reuse a literal of the reference or the answer, take a key nobody has, drop a
 * row. A mutation returns a short description, or undefined when it found nothing to change.
 *
 * Mutations know NOT NULL and the unique keys (they never plan a NULL in a NOT NULL column and
 * give a copied row fresh keys); every other constraint (CHECK, foreign keys, types) is enforced
 * by loading the result into the problem's schema, and a case that breaks one is skipped.
 */
import type { SqlValue } from '../values';
import type { ColumnInfo, DataSet, TableInfo } from './dataModel';
import { literalKey, type Literals } from './literals';
import type { Rng } from './prng';
import { formatTime, parseTime, shiftCalendar } from './time';

export interface MutationContext {
  tables: readonly TableInfo[];
  /** Edited in place. */
  data: DataSet;
  rng: Rng;
  literals: Literals;
  /** False for tables and columns the generator must leave alone (hints, frozen state). */
  canEdit(table: string, column?: string): boolean;
  /** Value domains from the problem's hints: the only values a column may take. */
  domain?(table: string, column: string): SqlValue[] | undefined;
}

export type Mutation = (ctx: MutationContext) => string | undefined;

interface Cell {
  table: TableInfo;
  row: number;
  col: number;
}

const isTime = (c: ColumnInfo) => c.kind === 'timestamp' || c.kind === 'date';
const isNumber = (c: ColumnInfo) => c.kind === 'integer' || c.kind === 'real';

function editableTables(ctx: MutationContext, needRows = true): TableInfo[] {
  return ctx.tables.filter((t) => ctx.canEdit(t.name) && (!needRows || (ctx.data.get(t.name)?.length ?? 0) > 0));
}

/** A random cell of an editable column matching `pred`, in a table with rows. */
function pickCell(ctx: MutationContext, pred: (c: ColumnInfo, t: TableInfo) => boolean): Cell | undefined {
  const options: { table: TableInfo; col: number }[] = [];
  for (const t of editableTables(ctx)) t.columns.forEach((c, col) => pred(c, t) && ctx.canEdit(t.name, c.name) && options.push({ table: t, col }));
  const o = ctx.rng.pick(options);
  if (!o) return undefined;
  const rows = ctx.data.get(o.table.name)!;
  return { ...o, row: ctx.rng.int(rows.length) };
}

const get = (ctx: MutationContext, c: Cell) => ctx.data.get(c.table.name)![c.row][c.col];
const set = (ctx: MutationContext, c: Cell, v: SqlValue) => (ctx.data.get(c.table.name)![c.row][c.col] = v);
const where = (c: Cell) => `${c.table.name}.${c.table.columns[c.col].name}`;
const show = (v: SqlValue) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v));

/** Values of one column across the dataset. */
function columnValues(ctx: MutationContext, t: TableInfo, col: number): SqlValue[] {
  return (ctx.data.get(t.name) ?? []).map((r) => r[col]);
}

/** An integer no row of the column holds: past the end, before the start (if still positive), or in a gap. */
export function freshInteger(values: SqlValue[], rng: Rng): bigint {
  const ints = values.filter((v): v is bigint => typeof v === 'bigint');
  if (!ints.length) return 1n;
  const used = new Set(ints.map(String));
  let min = ints[0];
  let max = ints[0];
  for (const v of ints) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const choice = rng.int(3);
  if (choice === 1 && min > 1n) return min - 1n;
  if (choice === 2 && max - min > 1n) {
    for (let tries = 0; tries < 8; tries++) {
      const v = min + BigInt(rng.int(Number(max - min)));
      if (!used.has(String(v))) return v;
    }
  }
  return max + 1n;
}

function freshValue(ctx: MutationContext, t: TableInfo, col: number): SqlValue | undefined {
  const c = t.columns[col];
  const values = columnValues(ctx, t, col);
  const domain = ctx.domain?.(t.name, c.name);
  if (domain) {
    const used = new Set(values.map(show));
    return ctx.rng.pick(domain.filter((v) => !used.has(show(v))));
  }
  if (c.kind === 'integer' || (c.kind === 'other' && values.some((v) => typeof v === 'bigint'))) return freshInteger(values, ctx.rng);
  if (c.kind === 'real') return Math.max(0, ...values.filter((v): v is number => typeof v === 'number')) + 1.5;
  if (isTime(c)) {
    const base = values.find((v): v is string => typeof v === 'string');
    if (!base) return undefined;
    const used = new Set(values.map(String));
    for (let tries = 0; tries < 8; tries++) {
      const v = nudgeTime(ctx, base);
      if (v !== undefined && !used.has(v)) return v;
    }
    return undefined;
  }
  if (c.kind === 'text') {
    const base = ctx.rng.pick(values.filter((v): v is string => typeof v === 'string')) ?? 'x';
    const used = new Set(values);
    for (let i = 2; i < 50; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
  }
  return undefined;
}

/** A timestamp or date moved across one of the boundaries queries get wrong. */
export function nudgeTime(ctx: MutationContext, v: string): string | undefined {
  const t = parseTime(v);
  if (t === undefined) return undefined;
  const dateOnly = v.length === 10;
  const r = ctx.rng;
  const day = 86400;
  const options: (() => string | undefined)[] = [
    () => formatTime(t + (r.chance(0.5) ? 1 : -1) * (dateOnly ? day : 1), dateOnly),
    () => formatTime(t + (r.chance(0.5) ? day : -day), dateOnly),
    () => shiftCalendar(v, r.chance(0.5) ? 1 : -1),
    () => shiftCalendar(v, 0, r.chance(0.5) ? 1 : -1),
    // Across midnight: the first or last second of the day, or into the next day's first minute.
    () => (dateOnly ? undefined : `${v.slice(0, 10)} ${r.pick(['00:00:00', '23:59:59', '23:59:30', '00:00:30'])}`),
    // The last day of the year or of the month.
    () => formatTime(Date.UTC(Number(v.slice(0, 4)), r.chance(0.5) ? 12 : Number(v.slice(5, 7)), 0) / 1000 + (t % day), dateOnly),
    () => {
      const s = r.pick(ctx.literals.seconds);
      return s === undefined ? undefined : formatTime(t + (r.chance(0.5) ? 1 : -1) * (s + r.pick([-1, 0, 1])!), dateOnly);
    },
  ];
  return r.pick(options)!();
}

function nudgeNumber(ctx: MutationContext, v: bigint | number): bigint | number {
  const r = ctx.rng;
  if (typeof v === 'bigint') return r.pick([0n, -v, v * 2n, v + 1n, v - 1n, v * 10n, v / 2n])!;
  return r.pick([0, -v, v * 2, v + 1, v - 1, v / 2])!;
}

/** A value mutation for one cell, by the column's kind. */
function nudgeCell(ctx: MutationContext, c: Cell): string | undefined {
  const col = c.table.columns[c.col];
  const v = get(ctx, c);
  const domain = ctx.domain?.(c.table.name, col.name);
  let next: SqlValue | undefined;
  if (domain) next = ctx.rng.pick(domain);
  else if (typeof v === 'string' && isTime(col)) next = nudgeTime(ctx, v);
  // Half the time a number takes another row's value of the column (the same customer, the same
  // amount): collisions tell more than arithmetic.
  else if ((typeof v === 'bigint' || typeof v === 'number') && isNumber(col)) next = ctx.rng.chance(0.5) ? otherValue(ctx, c, true) : nudgeNumber(ctx, v);
  else if (typeof v === 'string' && ctx.rng.chance(0.25)) next = textVariant(ctx, v);
  else next = otherValue(ctx, c);
  if (next === undefined || show(next) === show(v)) return undefined;
  set(ctx, c, next);
  return `${where(c)} ${show(v)} → ${show(next)}`;
}

/** The same text as another value would differ from it: only in case, or in a trailing space. */
export function textVariant(ctx: MutationContext, v: string): string | undefined {
  const options = [v.toUpperCase(), v.toLowerCase(), `${v} `, ` ${v}`].filter((x) => x !== v);
  return ctx.rng.pick(options);
}

/** Another value of the same column (or, unless `sameColumn`, of a column of the same kind elsewhere). */
function otherValue(ctx: MutationContext, c: Cell, sameColumn = false): SqlValue | undefined {
  const col = c.table.columns[c.col];
  const pool: SqlValue[] = [];
  for (const t of ctx.tables) {
    t.columns.forEach((o, i) => {
      if (o.kind === col.kind && (t === c.table ? i === c.col : !sameColumn)) for (const r of ctx.data.get(t.name) ?? []) if (r[i] !== null) pool.push(r[i]);
    });
  }
  const current = show(get(ctx, c));
  return ctx.rng.pick(pool.filter((v) => show(v) !== current));
}

/** Gives a copied row fresh values wherever a unique key would collide. */
function freshenKeys(ctx: MutationContext, t: TableInfo, row: SqlValue[]): boolean {
  const rows = ctx.data.get(t.name)!;
  for (const set of t.uniqueSets) {
    const idx = set.map((n) => t.columns.findIndex((c) => c.name === n));
    const clash = () => rows.some((r) => idx.every((i) => show(r[i]) === show(row[i])));
    if (!clash()) continue;
    // Change the key column most likely to be an id: an integer one, else the last of the set
    // (never one the hints keep).
    const free = idx.filter((j) => ctx.canEdit(t.name, t.columns[j].name));
    if (!free.length) return false;
    const i = free.find((j) => t.columns[j].kind === 'integer') ?? free[free.length - 1];
    const v = freshValue(ctx, t, i);
    if (v === undefined) return false;
    row[i] = v;
    if (clash()) return false;
  }
  return true;
}

/** Tables whose row count a mutation may change: not the one-row tables (see TableInfo.singleRow). */
const resizableTables = (ctx: MutationContext) => editableTables(ctx).filter((t) => !t.singleRow);

export const duplicateRow: Mutation = (ctx) => {
  const t = ctx.rng.pick(resizableTables(ctx));
  if (!t) return undefined;
  const rows = ctx.data.get(t.name)!;
  const copy = [...rows[ctx.rng.int(rows.length)]];
  if (!freshenKeys(ctx, t, copy)) return undefined;
  rows.splice(ctx.rng.int(rows.length + 1), 0, copy);
  let what = `a copy of a ${t.name} row`;
  // Most copies also differ in one value, so that the copy competes with its original (a later
  // timestamp, a different amount) instead of merely doubling it.
  if (ctx.rng.chance(0.7)) {
    const cols = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.integerPk && ctx.canEdit(t.name, c.name));
    const pick = ctx.rng.pick(cols);
    if (pick) {
      const changed = nudgeCell(ctx, { table: t, row: rows.indexOf(copy), col: pick.i });
      if (changed) what += ` with ${changed}`;
    }
  }
  return what;
};

export const tieValue: Mutation = (ctx) => {
  const c = pickCell(ctx, (col) => !col.integerPk);
  if (!c) return undefined;
  const rows = ctx.data.get(c.table.name)!;
  let v: SqlValue | undefined;
  if (rows.length > 1 && ctx.rng.chance(0.7)) {
    const other = ctx.rng.int(rows.length - 1);
    v = rows[other >= c.row ? other + 1 : other][c.col];
  } else v = otherValue(ctx, c);
  if (v === undefined || show(v) === show(get(ctx, c))) return undefined;
  const before = get(ctx, c);
  set(ctx, c, v);
  return `${where(c)} ${show(before)} → ${show(v)} (a tie with another row)`;
};

/** A column whose hints list its values takes only those (NULL only when listed). */
const allows = (ctx: MutationContext, t: TableInfo, c: ColumnInfo, v: SqlValue) => {
  const domain = ctx.domain?.(t.name, c.name);
  return !domain || domain.some((d) => show(d) === show(v));
};

export const nullValue: Mutation = (ctx) => {
  const c = pickCell(ctx, (col, t) => !col.notNull && !col.integerPk && allows(ctx, t, col, null));
  if (!c || get(ctx, c) === null) return undefined;
  const before = get(ctx, c);
  set(ctx, c, null);
  return `${where(c)} ${show(before)} → NULL`;
};

export const shiftTime: Mutation = (ctx) => {
  const c = pickCell(ctx, isTime);
  return c ? nudgeCell(ctx, c) : undefined;
};

/** One time set relative to another: equal, a second apart, or a span the SQL names (± a second). */
export const relativeTime: Mutation = (ctx) => {
  const c = pickCell(ctx, isTime);
  if (!c) return undefined;
  const col = c.table.columns[c.col];
  // Mostly an anchor in a row that shares another value with this one (the same user's clicks),
  // else any time of the same kind anywhere.
  const rows = ctx.data.get(c.table.name)!;
  const own = rows[c.row];
  const related = rows.filter((r, i) => i !== c.row && typeof r[c.col] === 'string' && r.some((v, j) => j !== c.col && !c.table.columns[j].pk && v !== null && show(v) === show(own[j])));
  const anchors: string[] = [];
  if (related.length && ctx.rng.chance(0.6)) related.forEach((r) => anchors.push(r[c.col] as string));
  else for (const t of ctx.tables) t.columns.forEach((o, i) => o.kind === col.kind && (ctx.data.get(t.name) ?? []).forEach((r) => typeof r[i] === 'string' && anchors.push(r[i] as string)));
  const anchor = ctx.rng.pick(anchors);
  const t = anchor === undefined ? undefined : parseTime(anchor);
  if (t === undefined) return undefined;
  const span = ctx.rng.chance(0.3) ? 0 : (ctx.rng.pick(ctx.literals.seconds) ?? 60);
  // A second either side of the span, or most of a minute past it (where whole-minute arithmetic errs).
  const delta = (ctx.rng.chance(0.5) ? 1 : -1) * (span + ctx.rng.pick([-1, 0, 0, 1, 1, 30, 59, -59])!);
  const next = formatTime(t + (col.kind === 'date' ? Math.round(delta / 86400) * 86400 : delta), col.kind === 'date');
  const before = get(ctx, c);
  if (next === undefined || next === before) return undefined;
  set(ctx, c, next);
  return `${where(c)} ${show(before)} → ${show(next)} (${delta >= 0 ? '+' : ''}${delta} s from ${anchor})`;
};

/** Every time of the dataset moved by the same amount, so that one lands next to a boundary. */
export const shiftAllTimes: Mutation = (ctx) => {
  const cells: { t: TableInfo; i: number }[] = [];
  for (const t of editableTables(ctx)) t.columns.forEach((c, i) => isTime(c) && ctx.canEdit(t.name, c.name) && cells.push({ t, i }));
  const pivot = ctx.rng.pick(cells);
  if (!pivot) return undefined;
  const rows = ctx.data.get(pivot.t.name)!;
  const v = rows[ctx.rng.int(rows.length)][pivot.i];
  const t = typeof v === 'string' ? parseTime(v) : undefined;
  if (t === undefined) return undefined;
  const d = new Date(t * 1000);
  const boundary = ctx.rng.pick([
    Date.UTC(d.getUTCFullYear() + 1, 0, 1), // next new year
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1), // next month
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1), // next midnight
  ])! / 1000;
  const offset = ctx.rng.pick([0, 1, 30, 60, 600, 3600])!;
  const delta = boundary - offset - t;
  const dayDelta = Math.round(delta / 86400) * 86400;
  for (const { t: table, i } of cells) {
    for (const r of ctx.data.get(table.name)!) {
      const x = r[i];
      const s = typeof x === 'string' ? parseTime(x) : undefined;
      if (s === undefined) continue;
      const dateOnly = (x as string).length === 10;
      r[i] = formatTime(s + (dateOnly ? dayDelta : delta), dateOnly) ?? x;
    }
  }
  return `every time moved by ${delta} s (so ${show(v)} lands ${offset} s before a boundary)`;
};

/** A text value that differs from the original only in case or spaces, or takes another row's text. */
export const editText: Mutation = (ctx) => {
  const c = pickCell(ctx, (col) => col.kind === 'text');
  const v = c && get(ctx, c);
  if (!c || typeof v !== 'string') return undefined;
  const next = ctx.domain?.(c.table.name, c.table.columns[c.col].name) ? ctx.rng.pick(ctx.domain(c.table.name, c.table.columns[c.col].name)!) : ctx.rng.chance(0.5) ? textVariant(ctx, v) : otherValue(ctx, c, true);
  if (next === undefined || show(next) === show(v)) return undefined;
  set(ctx, c, next);
  return `${where(c)} ${show(v)} → ${show(next)}`;
};

export const scaleNumber: Mutation = (ctx) => {
  const c = pickCell(ctx, (col) => isNumber(col) && !col.pk);
  return c ? nudgeCell(ctx, c) : undefined;
};

export const zeroNumber: Mutation = (ctx) => {
  const c = pickCell(ctx, (col) => isNumber(col) && !col.pk);
  if (!c) return undefined;
  const before = get(ctx, c);
  const zero = typeof before === 'number' ? 0 : 0n;
  if (before === null || show(before) === show(zero)) return undefined;
  set(ctx, c, zero);
  return `${where(c)} ${show(before)} → 0`;
};

/** Rows inserted in another order; with an INTEGER PRIMARY KEY, the ids handed out in another order too. */
export const reorderRows: Mutation = (ctx) => {
  const t = ctx.rng.pick(editableTables(ctx).filter((x) => ctx.data.get(x.name)!.length > 1));
  if (!t) return undefined;
  const rows = ctx.data.get(t.name)!;
  const shuffled = ctx.rng.shuffle(rows);
  const pk = t.columns.findIndex((c) => c.integerPk);
  if (pk !== -1 && ctx.canEdit(t.name, t.columns[pk].name) && ctx.rng.chance(0.6)) {
    const ids = rows.map((r) => r[pk]);
    shuffled.forEach((r, i) => (r[pk] = ids[i]));
    rows.splice(0, rows.length, ...shuffled);
    return `${t.name} ids handed out in another order`;
  }
  rows.splice(0, rows.length, ...shuffled);
  return `${t.name} rows inserted in another order`;
};

export const useLiteral: Mutation = (ctx) => {
  const lit = ctx.rng.pick(ctx.literals.values);
  if (lit === undefined) return undefined;
  const fits = (c: ColumnInfo) =>
    typeof lit === 'string' ? c.kind === 'text' || (isTime(c) && parseTime(lit) !== undefined) : (c.kind === 'integer' && typeof lit === 'bigint') || c.kind === 'real';
  // Mostly into a column the SQL names next to the literal (COALESCE(genre, 'Unknown') → genre).
  const near = ctx.literals.near.get(literalKey(lit));
  const named = (col: ColumnInfo) => near?.has(col.name.toLowerCase()) ?? false;
  const preferNamed = ctx.rng.chance(0.75);
  const c =
    (preferNamed ? pickCell(ctx, (col, t) => fits(col) && named(col) && allows(ctx, t, col, lit)) : undefined) ??
    pickCell(ctx, (col, t) => fits(col) && allows(ctx, t, col, lit));
  if (!c) return undefined;
  const before = get(ctx, c);
  const v = c.table.columns[c.col].kind === 'real' && typeof lit === 'bigint' ? Number(lit) : lit;
  if (show(before) === show(v)) return undefined;
  set(ctx, c, v);
  return `${where(c)} ${show(before)} → ${show(v)} (a literal of the SQL)`;
};

/** A value nobody else has: a key with no partner row (a title not in the dimension yet). */
export const freshKey: Mutation = (ctx) => {
  const c = pickCell(ctx, (col) => col.kind === 'integer' || col.kind === 'text');
  if (!c) return undefined;
  const v = freshValue(ctx, c.table, c.col);
  if (v === undefined) return undefined;
  const before = get(ctx, c);
  set(ctx, c, v);
  return `${where(c)} ${show(before)} → ${show(v)} (a value no other row has)`;
};

export const deleteRow: Mutation = (ctx) => {
  const t = ctx.rng.pick(resizableTables(ctx));
  if (!t) return undefined;
  const rows = ctx.data.get(t.name)!;
  rows.splice(ctx.rng.int(rows.length), 1);
  return `a ${t.name} row removed`;
};

export const MUTATIONS = {
  duplicateRow,
  tieValue,
  nullValue,
  shiftTime,
  relativeTime,
  shiftAllTimes,
  editText,
  scaleNumber,
  zeroNumber,
  reorderRows,
  useLiteral,
  freshKey,
  deleteRow,
} satisfies Record<string, Mutation>;

export type MutationName = keyof typeof MUTATIONS;

/** How often each mutation is drawn (ties and copies find the most; deletions the least). */
const WEIGHTS: Record<MutationName, number> = {
  duplicateRow: 4,
  tieValue: 4,
  nullValue: 2,
  shiftTime: 3,
  relativeTime: 3,
  shiftAllTimes: 1,
  editText: 2,
  scaleNumber: 2,
  zeroNumber: 1,
  reorderRows: 2,
  useLiteral: 3,
  freshKey: 2,
  deleteRow: 1,
};

const WEIGHTED: MutationName[] = (Object.keys(WEIGHTS) as MutationName[]).flatMap((n) => Array<MutationName>(WEIGHTS[n]).fill(n));

/** One random mutation (by weight); undefined when the one drawn found nothing to change. */
export function mutateOnce(ctx: MutationContext): string | undefined {
  return MUTATIONS[ctx.rng.pick(WEIGHTED)!](ctx);
}

/** How many mutations a generated case gets: mostly one or two, sometimes three. */
export function mutationCount(ctx: Pick<MutationContext, 'rng'>): number {
  return ctx.rng.pick([1, 1, 2, 2, 3])!;
}

/** Applies 1 to 3 random mutations; returns what they did (empty when none applied). */
export function mutate(ctx: MutationContext): string[] {
  const count = mutationCount(ctx);
  const done: string[] = [];
  for (let attempt = 0; attempt < count * 3 && done.length < count; attempt++) {
    const what = mutateOnce(ctx);
    if (what) done.push(what);
  }
  return done;
}
