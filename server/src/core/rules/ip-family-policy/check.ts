import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { serviceIPFields } from '../../model/service-ip-fields';

/** `supportedServiceIPFamilyPolicy`, sorted. */
const POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

/**
 * F2: `spec.ipFamilyPolicy`, when set (even to `""`), is one of the three policies
 * (`ValidateServiceClusterIPsRelatedFields`; skipped for ExternalName, which forbids the field instead). Whether the
 * policy fits the number of families and IPs (e.g. SingleStack with two) is the allocator's check, not this one.
 */
export const ipFamilyPolicy: Rule = {
  id: 'ip-family-policy',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.ipFamilyPolicy must be SingleStack, PreferDualStack or RequireDualStack.',
  check({ object, report }) {
    const fields = serviceIPFields(object);
    if (!fields || fields.type === 'ExternalName') return;
    const policy = fields.ipFamilyPolicy;
    const pair = fields.ipFamilyPolicyPair;
    if (policy === undefined || pair === undefined || POLICIES.includes(policy)) return;
    const suggestion = POLICIES.find((known) => known.toLowerCase() === policy.toLowerCase());
    report({
      field: 'spec.ipFamilyPolicy',
      type: 'NotSupported',
      span: pair.value.span,
      value: policy,
      detail: supportedValues(POLICIES),
      advice: suggestion
        ? `write '${suggestion}': the policy is case-sensitive`
        : 'use SingleStack, PreferDualStack or RequireDualStack, or leave it out',
      data: suggestion ? { suggestion } : {},
    });
  },
};
