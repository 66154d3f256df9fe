/** A content problem found while loading or validating, pointing at the file (and line) to fix. */
export interface Diagnostic {
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
  return `${where}: ${d.severity}: ${d.message}`;
}

export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  error(file: string, message: string, line?: number, column?: number): void {
    this.items.push({ file, message, line, column, severity: 'error' });
  }
  warning(file: string, message: string, line?: number): void {
    this.items.push({ file, message, line, severity: 'warning' });
  }
  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }
}
