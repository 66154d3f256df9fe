/** Timestamps ('YYYY-MM-DD HH:MM:SS') and dates ('YYYY-MM-DD') as UTC seconds, and back. */
import { DATE_RE, TIMESTAMP_RE } from './dataModel';

export function parseTime(v: string): number | undefined {
  if (TIMESTAMP_RE.test(v)) {
    const t = Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10), +v.slice(11, 13), +v.slice(14, 16), +v.slice(17, 19));
    return Number.isNaN(t) ? undefined : t / 1000;
  }
  if (DATE_RE.test(v)) {
    const t = Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10));
    return Number.isNaN(t) ? undefined : t / 1000;
  }
  return undefined;
}

export function formatTime(seconds: number, dateOnly: boolean): string | undefined {
  const d = new Date(Math.round(seconds) * 1000);
  const year = d.getUTCFullYear();
  if (!Number.isFinite(year) || year < 1 || year > 9999) return undefined;
  const iso = d.toISOString();
  return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The same value moved by a number of whole calendar years or months. */
export function shiftCalendar(v: string, years: number, months = 0): string | undefined {
  const t = parseTime(v);
  if (t === undefined) return undefined;
  const d = new Date(t * 1000);
  d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth() + months);
  return formatTime(d.getTime() / 1000, DATE_RE.test(v));
}
