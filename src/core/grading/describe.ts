/**
 * Plain-text wording of grades, shared by every front end (the CLI prints it; the extension puts
 * it in notifications and panels next to its own tables). Findings stay data; only this module
 * turns them into sentences, so the ladder reads the same everywhere.
 */
import type { Finding, CellHint } from './compare';
import type { GeneratedOrigin } from './generate/options';
import type { GradeError, QueryGrade } from './types';
import { displayValue } from './values';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const rowText = (row: readonly unknown[]) => `(${(row as Parameters<typeof displayValue>[0][]).map(displayValue).join(', ')})`;

export function describeFinding(f: Finding, rounding?: string): string {
  switch (f.kind) {
    case 'columnCount': {
      const cols = (c: string[]) => c.map((n) => `"${n}"`).join(', ');
      const what = f.actual < f.expected ? 'missing' : 'extra';
      return `${plural(f.actual, 'column')}, expected ${f.expected} (${what} columns). Expected columns: ${cols(f.expectedColumns)}; yours: ${cols(f.actualColumns)}.`;
    }
    case 'columnNames':
      return `Column names differ: ${f.mismatches.map((m) => `column ${m.position} is "${m.actual}", expected "${m.expected}"`).join('; ')}.`;
    case 'rowCount':
      return `${plural(f.actual, 'row')}, expected ${f.expected}.`;
    case 'rows': {
      const parts: string[] = [];
      if (f.missingCount) parts.push(`${plural(f.missingCount, 'expected row')} missing, e.g. ${f.missing.slice(0, 3).map(rowText).join(', ')}`);
      if (f.extraCount) parts.push(`${plural(f.extraCount, 'row')} that should not be there, e.g. ${f.extra.slice(0, 3).map(rowText).join(', ')}`);
      return parts.join('; ') + '.';
    }
    case 'duplicates':
      return `The right rows, but some appear the wrong number of times: ${f.rows
        .slice(0, 3)
        .map((r) => `${rowText(r.row)} ${r.actual}× (expected ${r.expected}×)`)
        .join(', ')}.`;
    case 'order':
      return `The rows are right but out of order: row ${f.position} has ${f.keyColumns.map((c, i) => `${c} = ${displayValue(f.actualKey[i])}`).join(', ')} where ${f.keyColumns
        .map((c, i) => `${c} = ${displayValue(f.expectedKey[i])}`)
        .join(', ')} was expected. Check the ORDER BY.`;
    case 'cellHints':
      return f.hints.map((h) => describeCellHint(h, rounding)).join(' ');
  }
}

export function describeCellHint(h: CellHint, rounding?: string): string {
  const col = `Column "${h.columnName}"`;
  switch (h.kind) {
    case 'textForNumber':
      return `${col}: you returned text (${displayValue(h.actual)}) where a number (${displayValue(h.expected)}) was expected: check CAST or the column's affinity.`;
    case 'numberForText':
      return `${col}: you returned a number (${displayValue(h.actual)}) where text (${displayValue(h.expected)}) was expected.`;
    case 'integerDivision':
      return `${col}: got ${displayValue(h.actual)} where ${displayValue(h.expected)} was expected: integer division truncates in SQLite; multiply by 1.0 or CAST to REAL first.`;
    case 'nullConfusion':
      return h.expected === null
        ? `${col}: expected NULL, got ${displayValue(h.actual)}: NULL is not '', 0 or the text 'NULL'.`
        : `${col}: got NULL where ${displayValue(h.expected)} was expected: check COALESCE and outer joins.`;
    case 'nearNumber':
      return `${col}: got ${displayValue(h.actual)}, expected ${displayValue(h.expected)}: close, but not within tolerance${rounding ? ` (the statement asks for values ${rounding})` : ': check rounding'}.`;
  }
}

/**
 * What usually makes an answer slow, said once for queries and scripts. The third is SQLite's own:
 * a CTE read inside a correlated subquery can be computed again for every outer row.
 */
export const SLOW_ANSWER_HINT =
  'Look for a recursive CTE without an end condition, a join without its ON clause, or a CTE that a correlated subquery reads for every row (SQLite may compute it again each time; `WITH name AS MATERIALIZED (...)` computes it once).';

export function describeError(e: GradeError): string {
  switch (e.kind) {
    case 'sql':
      return `SQL error at line ${e.line}, column ${e.column}: ${e.message}`;
    case 'policy':
      return e.message;
    case 'timeout':
      return `The query took too long (over ${(e.deadlineMs / 1000).toFixed(1)} s) and was stopped. ${SLOW_ANSWER_HINT}`;
    case 'limit':
    case 'input':
      return e.message;
    case 'content':
      return `This problem's content is broken, not your answer${e.file ? ` (${e.file}${e.line ? `, line ${e.line}` : ''})` : ''}: ${e.message}. Report it to the course's author.`;
    case 'internal':
      return `Grading failed unexpectedly: ${e.message}`;
  }
}

/** The one-line verdict: "Correct", or the headline of the first failing dataset. */
export function headline(grade: QueryGrade): string {
  if (grade.status === 'correct') {
    const generated = grade.generation?.cases ? `, and ${plural(grade.generation.cases, 'generated dataset')}` : '';
    return `Correct: all ${plural(grade.datasets.length, 'dataset')} match${generated}.`;
  }
  if (grade.error) return describeError(grade.error);
  const i = grade.firstFailure ?? 0;
  const ds = grade.datasets[i];
  const first = ds.findings[0];
  const where = ds.generated
    ? `On ${describeOrigin(ds.generated)}`
    : ds.visible
      ? 'On the sample dataset'
      : `On hidden dataset ${i + 1} of ${grade.datasets.length} (${ds.name})`;
  return `${where}: ${first ? describeFinding(first) : 'the result differs.'}`;
}

/** Where a generated case came from, in one phrase: "generated data (case 7 of seed 123, made from 01-sample)". */
export function describeOrigin(o: GeneratedOrigin): string {
  return `generated data (case ${o.case} of seed ${o.seed}, made from ${o.base})`;
}

export const STATUS_TITLE: Record<QueryGrade['status'], string> = {
  correct: 'Correct',
  incorrect: 'Incorrect',
  error: 'Error',
};
