import type { Finding } from '../documents/finding';

/**
 * The per-file findings that hold for a partial object, a document a kustomization uses as a patch: kustomize
 * merges it into a resource of the same kind and name, so what it leaves out comes from there. A value it writes
 * is still checked (a wrong protocol stays wrong after the merge); what is missing (`Required`: no ports, no name,
 * a port name needed once the merged Service has several ports) is not, and neither are the strategic-merge
 * directives (`$patch`, `$setElementOrder/…`, `$retainKeys`), which are not fields.
 */
export function partialObjectFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.type !== 'Required' && !isDirective(finding));
}

function isDirective(finding: Finding): boolean {
  if (finding.code !== 'unknown-field') return false;
  const last = finding.field.slice(finding.field.lastIndexOf('.') + 1);
  return last.startsWith('$');
}
