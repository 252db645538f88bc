import { visibleValueSpan } from '../../model/decoded';
import { decodeIngress, ingressPaths } from '../../model/ingress';
import type { HttpPathView } from '../../model/ingress';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { ABSOLUTE, ADVICE, NORMALISED } from './texts';

const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

/**
 * `validateHTTPIngressPath`: Exact and Prefix paths are absolute and normalised; an ImplementationSpecific path,
 * when written, is absolute. A path without a supported pathType is not looked at (ingress-path-type speaks).
 */
export const ingressPath = defineRule({
  id: 'ingress-path',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress path is absolute; Prefix and Exact paths have no //, /./, /../ or %2f.',
  advice: ADVICE,
  check({ object, report }) {
    for (const path of ingressPaths(decodeIngress(object))) pathProblems(path).forEach(report);
  },
});

function pathProblems(path: HttpPathView): Problem[] {
  const written = path.pathValue;
  const pathType = path.pathType?.value;
  if (!written || pathType === undefined) return [];
  const value = written.value;
  const base = { field: `${path.path}.path`, type: 'Invalid' as const, span: visibleValueSpan(written, path.node), value };
  if (pathType === 'ImplementationSpecific') {
    return value.length > 0 && !value.startsWith('/') ? [{ ...base, detail: 'must be an absolute path', advice: ABSOLUTE }] : [];
  }
  if (pathType !== 'Exact' && pathType !== 'Prefix') return [];
  const problems: Problem[] = [];
  if (!value.startsWith('/')) problems.push({ ...base, detail: 'must be an absolute path', advice: ABSOLUTE });
  if (value.length === 0) return problems;
  for (const sequence of INVALID_SEQUENCES) {
    if (value.includes(sequence)) problems.push({ ...base, detail: `must not contain '${sequence}'`, advice: NORMALISED });
  }
  for (const suffix of INVALID_SUFFIXES) {
    if (value.endsWith(suffix)) problems.push({ ...base, detail: `cannot end with '${suffix}'`, advice: NORMALISED });
  }
  return problems;
}
