import type { FileFindings } from './file-findings';

/** `file:line:col severity rule message`, 1-based like compilers print, one finding a line. */
export function formatText(results: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    for (const f of findings) {
      const { line, character } = f.range.start;
      lines.push(`${file}:${line + 1}:${character + 1} ${f.severity} ${f.code} ${f.message}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function summaryLine(results: readonly FileFindings[]): string {
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const files = results.length;
  return `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${all.length - errors} other finding${all.length - errors === 1 ? '' : 's'}`;
}
