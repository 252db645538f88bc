import { entryOf } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { apiServerOrder, TRAFFIC_POLICIES } from '../../model/enums';
import { decodeService } from '../../model/service';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { externalTrafficPolicyFix } from './fix';
import { ADVICE, NOT_EXTERNAL, SUPPORTED } from './texts';

/** `sets.List(validExternalTrafficPolicies)`. The pre-1.7 annotation values Global/OnlyLocal are not mapped. */
const SUPPORTED_POLICIES = apiServerOrder(TRAFFIC_POLICIES);

/** The `externalTrafficPolicy` entry (`target`), which the fix corrects the case of or removes. */
export type ExternalTrafficPolicyProblem = Problem<
  { readonly type: string } | { readonly supported: readonly string[] },
  Entry
>;

/**
 * X2: `spec.externalTrafficPolicy` (`validateServiceExternalTrafficPolicy`). Only an externally accessible
 * Service (NodePort, LoadBalancer, or ClusterIP with externalIPs) may set it, and then only to Cluster or Local.
 * An empty value on such a Service is defaulted to Cluster first, so its Required error never fires.
 */
export const externalTrafficPolicy = defineRule<ExternalTrafficPolicyProblem>({
  id: 'external-traffic-policy',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.externalTrafficPolicy is only for externally accessible Services and must be Cluster or Local.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    const policy = service.externalTrafficPolicy;
    if (!policy?.pair || policy.value === '') return;
    const target = entryOf(service.spec, policy.pair);
    if (!service.externallyAccessible) {
      report({
        field: 'spec.externalTrafficPolicy',
        type: 'Invalid',
        span: policy.pair.value.span,
        value: policy.value,
        detail: 'may only be set for externally-accessible services',
        advice: NOT_EXTERNAL,
        data: { type: service.effectiveType },
        target,
      });
      return;
    }
    if (SUPPORTED_POLICIES.includes(policy.value)) return;
    report({
      ...notSupported(
        'spec.externalTrafficPolicy',
        policy.pair.value.span,
        policy.value,
        SUPPORTED_POLICIES,
        SUPPORTED,
      ),
      data: { supported: SUPPORTED_POLICIES },
      target,
    });
  },
  fix: externalTrafficPolicyFix,
});
