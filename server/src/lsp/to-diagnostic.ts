import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { Finding } from '../core/language-service';
import type { Severity } from '../core/settings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'kube-svc';

/** `code` is the rule id; `data` carries the API server's field path and error type for quick fixes and tests. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const related = relatedOf(finding.data?.related);
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { field: finding.field, type: finding.type, ...finding.data },
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** Workspace findings name the other objects involved (`data.related`): shown as related information. */
function relatedOf(raw: unknown): DiagnosticRelatedInformation[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const r = item as { uri?: unknown; range?: Range; message?: unknown };
    if (typeof r.uri !== 'string' || typeof r.message !== 'string' || !r.range) return [];
    return [{ location: { uri: r.uri, range: r.range }, message: r.message }];
  });
}
