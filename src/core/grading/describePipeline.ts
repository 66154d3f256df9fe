/**
 * Plain-text wording of pipeline grades, shared by every front end: which scenario, which batch,
 * which table, what the script did against what was expected, replay failures, and the rows each
 * statement changed. Grades stay data; only this module turns them into sentences.
 */
import { describeError, describeOrigin, SLOW_ANSWER_HINT } from './describe';
import { changedRowCount } from './pipelineDiff';
import type { DiffCounts, PipelineFailure, PipelineGrade, ScenarioGrade, StatementEffect, TableDiff } from './pipelineTypes';
import type { GradeError } from './types';
import { displayValue, type SqlValue } from './values';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const rowText = (row: readonly SqlValue[]) => `(${row.map(displayValue).join(', ')})`;

/** How many example rows each kind of difference shows in a sentence. */
const EXAMPLES = 3;

/** "2 inserted, 1 updated": the non-zero parts of a change, or "no rows". */
export function describeCounts(c: Pick<DiffCounts, 'inserted' | 'updated' | 'deleted'>): string {
  const parts: string[] = [];
  if (c.inserted) parts.push(`inserted ${plural(c.inserted, 'row')}`);
  if (c.updated) parts.push(`updated ${plural(c.updated, 'row')}`);
  if (c.deleted) parts.push(`deleted ${plural(c.deleted, 'row')}`);
  return parts.length ? joinAnd(parts) : 'changed no rows';
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Where a scenario sits, as a learner reads it. */
export function scenarioLabel(grade: PipelineGrade, index: number): string {
  const s = grade.scenarios[index];
  if (s.generated) return `a generated scenario: ${describeOrigin(s.generated)}`;
  return s.visible ? `the sample scenario (${s.name})` : `hidden scenario ${index + 1} of ${grade.scenarios.length} (${s.name})`;
}

export function describePipelineError(e: GradeError): string {
  if (e.kind === 'timeout') {
    return `The script took too long (over ${(e.deadlineMs / 1000).toFixed(1)} s) and was stopped. ${SLOW_ANSWER_HINT}`;
  }
  return describeError(e);
}

/** The one-line verdict: "Correct", or what failed first, where. */
export function pipelineHeadline(grade: PipelineGrade): string {
  if (grade.status === 'correct') {
    const batches = grade.scenarios.reduce((n, s) => n + s.batchCount, 0);
    const generated = grade.generation?.cases ? `, and ${plural(grade.generation.cases, 'generated scenario')}` : '';
    return `Correct: all ${plural(grade.scenarios.length, 'scenario')} match (${plural(batches, 'batch', 'batches')}, each run twice to check replay)${generated}.`;
  }
  if (grade.error) {
    const where = grade.errorAt ? ` (scenario ${grade.errorAt.scenario}${grade.errorAt.batch ? `, ${grade.errorAt.batch}` : ''})` : '';
    return `${describePipelineError(grade.error)}${grade.error.kind === 'sql' || grade.error.kind === 'limit' ? where : ''}`;
  }
  const i = grade.firstFailure ?? 0;
  const s = grade.scenarios[i];
  if (!s?.failure) return 'The final state differs from the expected one.';
  return `On ${scenarioLabel(grade, i)}: ${failureHeadline(s.failure)}`;
}

/** One sentence about a failure, e.g. "the second run on batch-2 changed 3 rows of revenue (3 updated)". */
export function failureHeadline(f: PipelineFailure): string {
  switch (f.check) {
    case 'sqlError': {
      const e = f.error;
      const at = e && e.kind === 'sql' ? ` at line ${e.line}, column ${e.column}` : '';
      const msg = e && 'message' in e ? e.message : 'an error';
      return `your script failed on ${f.onReplay ? `the second run on ${f.batch}` : f.batch}${at}: ${msg}`;
    }
    case 'replay': {
      const d = f.diff!;
      return `the second run on ${f.batch} changed ${plural(changedRowCount(d.counts), 'row')} of ${f.table} (${describeCounts(d.counts)}). Running the script again on the same batch must change nothing: a redelivered batch or a retried run would corrupt the data.`;
    }
    case 'rebuild': {
      const d = f.diff!;
      return `after ${f.batch}, ${f.table} differs from a full rebuild from every batch delivered so far (${diffSummary(d)}).`;
    }
    case 'state': {
      const d = f.diff!;
      const changes = f.changes ? ` In this batch the reference ${describeCounts(f.changes.expected)}; your script ${describeCounts(f.changes.actual)}.` : '';
      return `after ${f.batch}, ${f.table} is not in the expected state (${diffSummary(d)}).${changes}`;
    }
  }
}

/** "2 rows missing, 1 row with different values": the counts of a state diff, expected vs yours. */
export function diffSummary(d: TableDiff): string {
  const parts: string[] = [];
  if (d.counts.updated) parts.push(`${plural(d.counts.updated, 'row')} with different values`);
  if (d.counts.deleted) parts.push(`${plural(d.counts.deleted, 'expected row')} missing`);
  if (d.counts.inserted) parts.push(`${plural(d.counts.inserted, 'row')} that should not be there`);
  if (d.counts.beforeRows !== d.counts.afterRows && d.counts.inserted && d.counts.deleted) parts.push(`${plural(d.counts.afterRows, 'row')} where ${d.counts.beforeRows} were expected`);
  return parts.join(', ') || 'no difference';
}

/**
 * The rows behind a diff, a few of each kind. `mode` decides the wording: a state (or rebuild)
 * diff compares expected with yours, a replay diff the first run with the second.
 */
export function describeDiff(d: TableDiff, mode: 'state' | 'replay'): string[] {
  const lines: string[] = [];
  const cols = `(${d.columns.join(', ')})`;
  const keyText = (key: SqlValue[]) => d.keyColumns.map((c, i) => `${c} = ${displayValue(key[i])}`).join(', ');
  const more = (shown: number, total: number) => (total > shown ? ` … and ${total - shown} more` : '');
  if (d.updated.length) {
    lines.push(mode === 'state' ? `Rows with different values (matched by ${d.keyColumns.join(', ')}):` : `Rows the second run updated (matched by ${d.keyColumns.join(', ')}):`);
    for (const u of d.updated.slice(0, EXAMPLES)) {
      const cells = u.changedColumns.map((c) => {
        const i = d.columns.indexOf(c);
        return mode === 'state'
          ? `${c} is ${displayValue(u.after[i])}, expected ${displayValue(u.before[i])}`
          : `${c} ${displayValue(u.before[i])} → ${displayValue(u.after[i])}`;
      });
      lines.push(`  ${keyText(u.key)}: ${cells.join('; ')}`);
    }
    const extra = more(Math.min(EXAMPLES, d.updated.length), d.counts.updated);
    if (extra) lines.push(`  ${extra.trim()}`);
  }
  if (d.deleted.length) {
    lines.push(mode === 'state' ? `Expected rows missing from your table ${cols}:` : `Rows the second run deleted ${cols}:`);
    lines.push(`  ${d.deleted.slice(0, EXAMPLES).map(rowText).join(', ')}${more(Math.min(EXAMPLES, d.deleted.length), d.counts.deleted)}`);
  }
  if (d.inserted.length) {
    lines.push(mode === 'state' ? `Rows in your table that should not be there ${cols}:` : `Rows the second run inserted ${cols}:`);
    lines.push(`  ${d.inserted.slice(0, EXAMPLES).map(rowText).join(', ')}${more(Math.min(EXAMPLES, d.inserted.length), d.counts.inserted)}`);
  }
  return lines;
}

/** The rows each statement changed: "line 3  INSERT INTO customers … → 2 rows". */
export function describeEffects(effects: StatementEffect[]): string[] {
  if (!effects.length) return ['  (no statement ran)'];
  const width = Math.max(...effects.map((e) => String(e.line).length));
  return effects.map((e) => `  line ${String(e.line).padStart(width)}  ${e.sqlPreview}  → ${plural(e.rowsChanged, 'row')} changed`);
}

/** Everything worth saying about a failing scenario, after the headline, as lines of text. */
export function describeScenarioFailure(s: ScenarioGrade): string[] {
  const f = s.failure;
  if (!f) return [];
  const lines: string[] = [];
  if (f.diff) lines.push(...describeDiff(f.diff, f.check === 'replay' ? 'replay' : 'state'));
  if (f.context) {
    const matched = f.context.matchedOn ?? [];
    const on = matched.length ? `the same ${matched.join(', ')}` : undefined;
    for (const b of f.context.batchRows) {
      if (!b.rows.length) continue;
      const which = on && matched.every((c) => b.columns.includes(c)) ? ` for ${on}` : '';
      lines.push(`The rows of ${b.name} in ${f.batch}${which} (${b.columns.join(', ')}):`);
      for (const r of b.rows) lines.push(`  ${rowText(r)}`);
    }
    const before = f.context.before;
    if (before) {
      lines.push(
        before.rows.length
          ? `${before.name} before ${f.batch}, rows for ${on ?? 'the same keys'} (${before.columns.join(', ')}):`
          : `${before.name} had no row for ${on ?? 'these keys'} before ${f.batch}.`,
      );
      for (const r of before.rows) lines.push(`  ${rowText(r)}`);
    }
  }
  const batch = s.batches[f.batchIndex];
  if (batch) {
    lines.push(`Rows changed by each statement of your script on ${f.batch} (first run):`);
    lines.push(...describeEffects(batch.effects));
    if (batch.replayEffects && (f.check === 'replay' || f.onReplay)) {
      lines.push(`… and on the second run on ${f.batch}:`);
      lines.push(...describeEffects(batch.replayEffects));
    }
  }
  return lines;
}
