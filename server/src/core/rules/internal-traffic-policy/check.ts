import { apiServerOrder, TRAFFIC_POLICIES } from '../../model/enums';
import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { supportedValues } from '../api-error';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { internalTrafficPolicyFix } from './fix';
import { ADVICE, SUPPORTED } from './texts';

/** `sets.List(supportedServiceInternalTrafficPolicy)`. */
const SUPPORTED_POLICIES = apiServerOrder(TRAFFIC_POLICIES);

/** The written policy (`target`), which the fix corrects the case of. */
export type InternalTrafficPolicyProblem = Problem<{ readonly supported: readonly string[] }, LNode>;

/**
 * I1: `spec.internalTrafficPolicy` must be Cluster or Local (`validateServiceInternalTrafficFieldsValue`), on any
 * Service type, ExternalName included. It is a pointer: an absent or `~` value is defaulted to Cluster (except on
 * ExternalName, where nil is allowed), so the Required error never fires, but `""` is set and refused.
 */
export const internalTrafficPolicy = defineRule<InternalTrafficPolicyProblem>({
  id: 'internal-traffic-policy',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.internalTrafficPolicy must be Cluster or Local.',
  advice: ADVICE,
  check({ object, report }) {
    const policy = decodeService(object).internalTrafficPolicy;
    if (policy?.value === undefined || !policy.pair || SUPPORTED_POLICIES.includes(policy.value)) return;
    report({
      field: 'spec.internalTrafficPolicy',
      type: 'NotSupported',
      span: policy.pair.value.span,
      value: policy.value,
      detail: supportedValues(SUPPORTED_POLICIES),
      advice: SUPPORTED,
      data: { supported: SUPPORTED_POLICIES },
      target: policy.pair.value,
    });
  },
  fix: internalTrafficPolicyFix,
});
