/**
 * A course's known gaps: findings of the authoring bar that are recorded, with a reason and an
 * expiry date, in one visible file at the content root (`known-gaps.yaml`). Validate still reports
 * each of them, as a warning saying it is a known gap; a gap past its expiry is an error again.
 * Only authoring-bar codes can be listed: a defect (a broken reference, a dead link) never can.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isBarCode, type DiagnosticCode, CODES } from './codes';
import type { Diagnostic } from './diagnostics';

export const KNOWN_GAPS_FILE = 'known-gaps.yaml';

export interface KnownGap {
  code: DiagnosticCode;
  file: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) after which the gap is an error again. */
  expires: string;
}

/** Parses known-gaps.yaml; entries it cannot accept become findings on the file itself. */
export function parseKnownGaps(text: string | undefined): { gaps: KnownGap[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (text === undefined) return { gaps: [], diagnostics };
  const bad = (message: string, line?: number) => diagnostics.push({ code: 'DD102', file: KNOWN_GAPS_FILE, message, line, severity: 'error' });
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    bad(`YAML: ${(e as Error).message.split('\n')[0]}`);
    return { gaps: [], diagnostics };
  }
  const list = (data as { gaps?: unknown } | null)?.gaps;
  if (!Array.isArray(list)) {
    bad('expected a list under "gaps:"');
    return { gaps: [], diagnostics };
  }
  const gaps: KnownGap[] = [];
  for (const [i, raw] of list.entries()) {
    const g = raw as Partial<Record<keyof KnownGap, unknown>>;
    const where = `gaps.${i}`;
    if (typeof g.code !== 'string' || !(g.code in CODES)) bad(`${where}.code: not a known code`);
    else if (!isBarCode(g.code as DiagnosticCode)) bad(`${where}.code: ${g.code} is a defect, not part of the authoring bar; it cannot be waived`);
    else if (typeof g.file !== 'string' || typeof g.reason !== 'string' || !g.reason.trim()) bad(`${where}: needs file and reason`);
    else if (typeof g.expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(g.expires)) bad(`${where}.expires: a date, YYYY-MM-DD`);
    else gaps.push({ code: g.code as DiagnosticCode, file: g.file, reason: g.reason.trim(), expires: g.expires });
  }
  return { gaps, diagnostics };
}

/** Demotes the findings a known gap covers (same code and file) to warnings, until it expires. */
export function applyKnownGaps(diagnostics: Diagnostic[], gaps: KnownGap[], today: string): Diagnostic[] {
  return diagnostics.map((d) => {
    const gap = gaps.find((g) => g.code === d.code && g.file === d.file);
    if (!gap || d.severity !== 'error') return d;
    if (gap.expires < today) return { ...d, message: `${d.message} (known gap expired on ${gap.expires}: ${gap.reason})` };
    return { ...d, severity: 'warning', message: `${d.message} (known gap until ${gap.expires}: ${gap.reason})` };
  });
}
