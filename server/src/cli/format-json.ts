import type { FileFindings } from './file-findings';

/** One array of `{ file, range, severity, code, message, field, type }`; ranges 0-based as in LSP. */
export function formatJson(results: readonly FileFindings[]): string {
  const rows = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      range: f.range,
      severity: f.severity,
      code: f.code,
      message: f.message,
      field: f.field,
      type: f.type,
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
