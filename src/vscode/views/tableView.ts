/**
 * Result sets as the webviews show them: JSON-safe cells (bigint and blobs become text) that keep
 * their SQLite type, so the page can right-align numbers and mark NULL. Pure: no vscode import.
 */
import { cellText, typeOf, type ResultSet, type SqlValue } from '../../core/grading/values';
import type { CellView, TableView } from '../../shared/messages';

export function cellView(v: SqlValue): CellView {
  return { text: v === null ? 'NULL' : cellText(v), type: typeOf(v) };
}

export function tableView(r: ResultSet, name?: string, maxRows = 200): TableView {
  const rows = r.rows.slice(0, maxRows).map((row) => row.map(cellView));
  const view: TableView = { columns: [...r.columns], rows };
  if (name !== undefined) view.name = name;
  if (r.truncated || r.rows.length > maxRows) view.truncated = true;
  return view;
}
