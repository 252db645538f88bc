import type { Problem, Rule } from '../rule';
import { clusterIPValues, serviceIPFields } from '../../model/service-ip-fields';
import type { ServiceIPFields } from '../../model/service-ip-fields';

/**
 * C1, C2: `clusterIP` and `clusterIPs` must agree: the first of clusterIPs is clusterIP, and clusterIPs stays empty
 * when clusterIP is not given (`ValidateServiceClusterIPsRelatedFields`, first check; skipped for ExternalName).
 * The registry fills clusterIPs from clusterIP on create but never the reverse, so writing only `clusterIPs`
 * is refused. The upstream Required (clusterIP set, clusterIPs empty) cannot happen after that normalisation.
 */
export const clusterIPsSync: Rule = {
  id: 'cluster-ips-sync',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.clusterIPs[0] must equal spec.clusterIP, and clusterIPs needs clusterIP.',
  check({ object, report }) {
    const fields = serviceIPFields(object);
    if (!fields || fields.type === 'ExternalName') return;
    const problem = syncProblem(fields);
    if (problem) report(problem);
  },
};

function syncProblem(fields: ServiceIPFields): Problem | undefined {
  const list = fields.clusterIPsPair?.value;
  if (!list || fields.clusterIPs.length === 0) return undefined;
  const first = fields.clusterIPs[0].value;
  if (fields.clusterIP === '') {
    return {
      field: 'spec.clusterIPs',
      type: 'Invalid',
      span: list.span,
      value: clusterIPValues(fields),
      detail: 'must be empty when `clusterIP` is not specified',
      advice: 'set clusterIP to the first of clusterIPs as well, or remove clusterIPs',
      data: { clusterIP: first },
    };
  }
  if (first === fields.clusterIP) return undefined;
  return {
    field: 'spec.clusterIPs',
    type: 'Invalid',
    span: list.span,
    value: clusterIPValues(fields),
    detail: 'first value must match `clusterIP`',
    advice: 'make clusterIP and the first of clusterIPs the same address',
    data: { clusterIP: fields.clusterIP, first },
  };
}
