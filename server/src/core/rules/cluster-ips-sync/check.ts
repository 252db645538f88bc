import { clusterIPValues } from '../../model/service';
import type { ServiceIPFields } from '../../model/service';
import { ipFieldsToValidate } from '../support/ip-fields';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { clusterIPsSyncFix } from './fix';
import { ADVICE, MAKE_EQUAL, SET_CLUSTER_IP } from './texts';

/** The address clusterIP should have, and the first of clusterIPs when clusterIP is written and differs. */
export type ClusterIPsSyncProblem = Problem<{ readonly clusterIP: string; readonly first?: string }>;

/**
 * C1, C2: `clusterIP` and `clusterIPs` must agree: the first of clusterIPs is clusterIP, and clusterIPs stays empty
 * when clusterIP is not given (`ValidateServiceClusterIPsRelatedFields`, first check; skipped for ExternalName).
 * The registry fills clusterIPs from clusterIP on create but never the reverse, so writing only `clusterIPs`
 * is refused. The upstream Required (clusterIP set, clusterIPs empty) cannot happen after that normalisation.
 */
export const clusterIPsSync = defineRule<ClusterIPsSyncProblem>({
  id: 'cluster-ips-sync',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.clusterIPs[0] must equal spec.clusterIP, and clusterIPs needs clusterIP.',
  advice: ADVICE,
  check({ object, report }) {
    const fields = ipFieldsToValidate(object);
    if (!fields) return;
    const problem = syncProblem(fields);
    if (problem) report(problem);
  },
  fix: clusterIPsSyncFix,
});

function syncProblem(fields: ServiceIPFields): ClusterIPsSyncProblem | undefined {
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
      advice: SET_CLUSTER_IP,
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
    advice: MAKE_EQUAL,
    data: { clusterIP: fields.clusterIP, first },
  };
}
