/** Plain-text tables for the terminal: the CLI's way of showing result sets. */
import { cellText, type ResultSet } from '../core/grading/values';

export function formatTable(result: Pick<ResultSet, 'columns' | 'rows'>, maxRows = 50): string {
  const rows = result.rows.slice(0, maxRows).map((r) => r.map(cellText));
  const widths = result.columns.map((c, i) => Math.min(40, Math.max(c.length, ...rows.map((r) => r[i].length))));
  const clip = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => clip(c, widths[i])).join(' | ') + ' |';
  const out = [line(result.columns), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)];
  if (result.rows.length > maxRows) out.push(`… ${result.rows.length - maxRows} more rows`);
  out.push(`(${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'})`);
  return out.join('\n');
}
