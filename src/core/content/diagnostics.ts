import type { DiagnosticCode } from './codes';

/** A content problem found while loading or validating, pointing at the file (and line) to fix. */
export interface Diagnostic {
  /** Stable code (codes.ts): what tests, the editor and authors key on; the message may change. */
  code: DiagnosticCode;
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** 1-based; absent when the finding concerns the file as a whole. */
  line?: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  return `${where}: ${d.severity} ${d.code}: ${d.message}`;
}

export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  error(code: DiagnosticCode, file: string, message: string, line?: number, column?: number): void {
    this.items.push({ code, file, message, line, column, severity: 'error' });
  }
  warning(code: DiagnosticCode, file: string, message: string, line?: number, column?: number): void {
    this.items.push({ code, file, message, line, column, severity: 'warning' });
  }
  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }
}
