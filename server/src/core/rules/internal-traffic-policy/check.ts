import { apiServerOrder, TRAFFIC_POLICIES } from '../../model/enums';
import { defineRule } from '../rule';
import { checkSpecEnumeration } from '../support/problems';
import type { UnsupportedValueProblem } from '../support/problems';
import { internalTrafficPolicyFix } from './fix';
import { ADVICE, SUPPORTED } from './texts';

/** `sets.List(supportedServiceInternalTrafficPolicy)`. */
const SUPPORTED_POLICIES = apiServerOrder(TRAFFIC_POLICIES);

/** The written value (`target`), which the fix corrects the case of. */
export type InternalTrafficPolicyProblem = UnsupportedValueProblem;

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
  check: checkSpecEnumeration('internalTrafficPolicy', SUPPORTED_POLICIES, SUPPORTED),
  fix: internalTrafficPolicyFix,
});
