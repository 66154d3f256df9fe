/** Small DOM helpers shared by the webview pages. Text always goes in as text, never as HTML. */
import type { CellView, ComparisonRowView, ComparisonView, NavigationMessage, RowMark, TableView } from '../shared/messages';

export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

let api: VsCodeApi | undefined;
export function vscodeApi(): VsCodeApi {
  api ??= acquireVsCodeApi();
  return api;
}

type Child = Node | string | undefined | null | false;
type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element; attributes that are false or undefined are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== null && c !== false) el.append(c);
  return el;
}

/** HTML rendered by the host (markdown-it with raw HTML escaped) into a container. */
export function trustedHtml<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs, html: string): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  el.innerHTML = html;
  return el;
}

function cell(c: CellView): HTMLTableCellElement {
  return h('td', { class: `cell-${c.type}` }, c.text);
}

/** A real table with a caption and column headers, inside a scroll container. */
export function table(t: TableView, id?: string, caption?: string): HTMLElement {
  const head = h(
    'tr',
    {},
    ...t.columns.map((c, i) => h('th', { scope: 'col' }, c, t.columnTypes?.[i] ? h('span', { class: 'col-type' }, t.columnTypes[i]) : undefined)),
  );
  const body = t.rows.length
    ? t.rows.map((r) => h('tr', {}, ...r.map(cell)))
    : [h('tr', {}, h('td', { class: 'empty', colspan: Math.max(1, t.columns.length) }, 'no rows'))];
  const rowsText = `${t.rows.length}${t.truncated ? '+' : ''} ${t.rows.length === 1 ? 'row' : 'rows'}`;
  const tbl = h('table', { id }, h('caption', {}, caption ?? t.name ?? 'Result', h('span', { class: 'row-count' }, ` (${rowsText})`)), h('thead', {}, head), h('tbody', {}, ...body));
  const wrap = h('div', { class: 'table-scroll', tabindex: 0, role: 'group', 'aria-label': caption ?? t.name ?? 'Result' }, tbl);
  if (t.truncated) wrap.append(h('p', { class: 'note' }, 'Only the first rows are shown.'));
  return wrap;
}

/** How each row mark reads: a symbol for the eye and a word for everyone (never colour alone). */
export const MARK_LABEL: Record<RowMark, { symbol: string; word: string; title: string }> = {
  same: { symbol: '', word: 'same', title: 'The same on both sides' },
  missing: { symbol: '−', word: 'missing', title: 'Expected, but not in your result' },
  extra: { symbol: '+', word: 'extra', title: 'In your result, but not expected' },
  changed: { symbol: '≠', word: 'differs', title: 'Same key, other values: each differing cell shows the expected value, then yours' },
  inserted: { symbol: '+', word: 'inserted', title: 'Inserted by this run' },
  updated: { symbol: '~', word: 'updated', title: 'Updated by this run: each changed cell shows the value before, then after' },
  deleted: { symbol: '−', word: 'deleted', title: 'Deleted by this run' },
};

function comparisonCell(c: CellView, was: CellView | null | undefined, sides: ComparisonView['sides'], key: boolean): HTMLTableCellElement {
  const cls = [`cell-${c.type}`, key ? 'key-col' : '', was ? 'cell-changed' : ''].filter(Boolean).join(' ');
  if (!was) return h('td', { class: cls }, c.text);
  const [before, after] = sides === 'expected' ? ['expected', 'yours'] : ['before', 'after'];
  return h(
    'td',
    { class: cls },
    h('span', { class: 'was' }, h('span', { class: 'sr-only' }, `${before} `), was.text),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'now' }, h('span', { class: 'sr-only' }, `, ${after} `), c.text),
  );
}

function comparisonRow(r: ComparisonRowView, v: ComparisonView): HTMLTableRowElement {
  const m = MARK_LABEL[r.mark];
  return h(
    'tr',
    { class: `row-${r.mark}` },
    h('th', { scope: 'row', class: 'mark-col', title: m.title }, m.symbol ? h('span', { class: 'mark-symbol', 'aria-hidden': 'true' }, m.symbol) : undefined, ` ${m.word}`),
    ...r.cells.map((c, i) => comparisonCell(c, r.was?.[i], v.sides, i < Math.min(1, v.keyColumns))),
  );
}

/**
 * Two results as one table: a first column naming each row's mark (missing, extra, differs, or
 * inserted, updated, deleted), the key column next to it, both kept in view while the table
 * scrolls sideways, and differing cells holding both values.
 */
export function comparisonTable(v: ComparisonView, id?: string): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'mark-col' }, 'Row'),
    ...v.columns.map((c, i) => h('th', { scope: 'col', class: i < Math.min(1, v.keyColumns) ? 'key-col' : undefined }, c, v.columnTypes?.[i] ? h('span', { class: 'col-type' }, v.columnTypes[i]) : undefined)),
  );
  const body = v.rows.length ? v.rows.map((r) => comparisonRow(r, v)) : [h('tr', {}, h('td', { class: 'empty', colspan: v.columns.length + 1 }, 'no rows on either side'))];
  const order: RowMark[] = v.sides === 'expected' ? ['same', 'changed', 'missing', 'extra'] : ['same', 'updated', 'inserted', 'deleted'];
  const counts = order.filter((m) => v.counts[m]).map((m) => `${v.counts[m]} ${MARK_LABEL[m].word}`);
  // The caption sits above the scroll container, as wide as the panel: a <caption> is only as
  // wide as its table, which wraps it word by word under a narrow table.
  const captionId = `${id ?? `comparison-${++comparisonCount}`}-caption`;
  const caption = h('p', { id: captionId, class: 'table-caption' }, v.caption, h('span', { class: 'row-count' }, ` (${counts.join(', ') || 'no rows'})`));
  const tbl = h('table', { id, class: `comparison comparison-${v.sides}`, 'aria-labelledby': captionId }, h('thead', {}, head), h('tbody', {}, ...body));
  const wrap = h('div', { class: 'table-scroll', tabindex: 0, role: 'group', 'aria-labelledby': captionId }, tbl);
  return h('div', { class: 'comparison-block' }, caption, wrap, v.truncated ? h('p', { class: 'note' }, 'Only the first rows are shown.') : undefined);
}

let comparisonCount = 0;

/** The kind of link a click landed on, for pages that show course Markdown. */
export type LinkClick = { kind: 'lesson' | 'problem' | 'quiz'; id: string } | { kind: 'external'; url: string } | { kind: 'anchor'; id: string } | { kind: 'none' };

export function linkClick(target: EventTarget | null): LinkClick | undefined {
  const a = target instanceof Element ? target.closest('a') : null;
  if (!a) return undefined;
  const kind = a.getAttribute('data-link-kind');
  const id = a.getAttribute('data-link-id') ?? '';
  if (kind === 'lesson' || kind === 'problem' || kind === 'quiz') return { kind, id };
  const href = a.getAttribute('href') ?? '';
  if (kind === 'external') return { kind: 'external', url: href };
  if (href.startsWith('#') && href.length > 1) return { kind: 'anchor', id: decodeURIComponent(href.slice(1)) };
  return { kind: 'none' };
}

/**
 * One click handler for every page showing course Markdown: links to lessons, problems and quizzes
 * and external addresses go to the host, in-page anchors scroll. `skip` leaves some links to the
 * page's own handlers.
 */
export function routeLinkClicks(post: (m: NavigationMessage) => void, skip?: (target: Element) => boolean): void {
  document.addEventListener('click', (e) => {
    const link = linkClick(e.target);
    if (!link) return;
    if (skip && e.target instanceof Element && skip(e.target)) return;
    e.preventDefault();
    switch (link.kind) {
      case 'lesson':
      case 'problem':
      case 'quiz':
        post({ type: 'openItem', kind: link.kind, id: link.id });
        break;
      case 'external':
        post({ type: 'openExternal', url: link.url });
        break;
      case 'anchor':
        scrollToAnchor(link.id);
        break;
      case 'none':
        break;
    }
  });
}

export function scrollToAnchor(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

export const STATUS_LABEL = { new: 'not started', attempted: 'attempted', done: 'done' } as const;
