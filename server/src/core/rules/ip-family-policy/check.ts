import { apiServerOrder, IP_FAMILY_POLICIES } from '../../model/enums';
import type { LNode } from '../../parse/located-node';
import { ipFieldsToValidate } from '../support/ip-fields';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { ipFamilyPolicyFix } from './fix';
import { ADVICE, SUPPORTED, caseSensitive } from './texts';

/** `supportedServiceIPFamilyPolicy`, sorted. */
const SUPPORTED_POLICIES = apiServerOrder(IP_FAMILY_POLICIES);

/** The written policy (`target`), which the fix corrects the case of. */
export type IPFamilyPolicyProblem = Problem<{ readonly suggestion?: string }, LNode>;

/**
 * F2: `spec.ipFamilyPolicy`, when set (even to `""`), is one of the three policies
 * (`ValidateServiceClusterIPsRelatedFields`; skipped for ExternalName, which forbids the field instead). Whether the
 * policy fits the number of families and IPs (e.g. SingleStack with two) is the allocator's check, not this one.
 */
export const ipFamilyPolicy = defineRule<IPFamilyPolicyProblem>({
  id: 'ip-family-policy',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.ipFamilyPolicy must be SingleStack, PreferDualStack or RequireDualStack.',
  advice: ADVICE,
  check({ object, report }) {
    const fields = ipFieldsToValidate(object);
    if (!fields) return;
    const policy = fields.ipFamilyPolicy;
    const pair = fields.ipFamilyPolicyPair;
    if (policy === undefined || pair === undefined || SUPPORTED_POLICIES.includes(policy)) return;
    const suggestion = SUPPORTED_POLICIES.find((known) => known.toLowerCase() === policy.toLowerCase());
    report({
      ...notSupported(
        'spec.ipFamilyPolicy',
        pair.value.span,
        policy,
        SUPPORTED_POLICIES,
        suggestion ? caseSensitive(suggestion) : SUPPORTED,
      ),
      data: suggestion ? { suggestion } : {},
      target: pair.value,
    });
  },
  fix: ipFamilyPolicyFix,
});
