import { decodeService } from '../../model/service';
import type { ServiceIPFields } from '../../model/service';
import type { LPair } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Advice, Problem } from '../rule';
import { externalNameForbiddenFieldsFix } from './fix';
import { ADVICE, NO_CLUSTER_IP, REMOVE_IP_FAMILIES, REMOVE_IP_FAMILY_POLICY } from './texts';

const DETAIL = 'may not be set for ExternalName services';

/** The keys of `spec` the fix removes. */
export type ExternalNameForbiddenFieldsProblem = Problem<{ readonly remove: readonly string[] }>;

/**
 * E1, E2: an ExternalName Service is only a DNS CNAME, so it gets no cluster IP and no IP families
 * (`ValidateService`, the ExternalName case). `clusterIP` alone counts too: the registry copies it into
 * `clusterIPs` before validation, so even `clusterIP: None` is refused at `spec.clusterIPs`. An empty
 * `ipFamilies` list or a null `ipFamilyPolicy` is the same as leaving them out.
 */
export const externalNameForbiddenFields = defineRule<ExternalNameForbiddenFieldsProblem>({
  id: 'external-name-forbidden-fields',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'An ExternalName Service may not set clusterIP(s), ipFamilies or ipFamilyPolicy.',
  advice: ADVICE,
  check({ object, report }) {
    const fields = decodeService(object).ips;
    if (fields?.type !== 'ExternalName') return;
    for (const problem of forbiddenFields(fields)) report(problem);
  },
  fix: externalNameForbiddenFieldsFix,
});

function forbiddenFields(fields: ServiceIPFields): ExternalNameForbiddenFieldsProblem[] {
  const found: ExternalNameForbiddenFieldsProblem[] = [];
  const clusterIPsPair = fields.clusterIPsPair ?? fields.clusterIPPair;
  if (fields.clusterIPs.length > 0 && clusterIPsPair) {
    found.push(forbidden('spec.clusterIPs', clusterIPsPair, NO_CLUSTER_IP));
  }
  if (fields.ipFamilies.length > 0 && fields.ipFamiliesPair) {
    found.push(forbidden('spec.ipFamilies', fields.ipFamiliesPair, REMOVE_IP_FAMILIES));
  }
  if (fields.ipFamilyPolicy !== undefined && fields.ipFamilyPolicyPair) {
    found.push(forbidden('spec.ipFamilyPolicy', fields.ipFamilyPolicyPair, REMOVE_IP_FAMILY_POLICY));
  }
  return found;
}

function forbidden(field: string, pair: LPair, advice: Advice): ExternalNameForbiddenFieldsProblem {
  return { field, type: 'Forbidden', span: pair.span, detail: DETAIL, advice, data: { remove: removableKeys(field) } };
}

/** The keys a quick fix deletes: for clusterIPs both the plural and the singular it may have come from. */
function removableKeys(field: string): string[] {
  return field === 'spec.clusterIPs' ? ['clusterIP', 'clusterIPs'] : [field.slice('spec.'.length)];
}
