import { supportedValues } from '../api-error';
import type { Problem, Rule } from '../rule';
import { serviceIPFields } from '../../model/service-ip-fields';
import type { LocatedString } from '../../model/service-ip-fields';

/** `supportedServiceIPFamily`, sorted. */
const IP_FAMILIES = ['IPv4', 'IPv6'];

/**
 * F1: each of `spec.ipFamilies` is IPv4 or IPv6 (case-sensitive) and none repeats
 * (`ValidateServiceClusterIPsRelatedFields`; skipped for ExternalName, which forbids the field instead). There is no
 * separate "at most 2" check: a third entry is always a repeat. An unknown value that repeats gets both errors.
 */
export const ipFamilies: Rule = {
  id: 'ip-families',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.ipFamilies entries must be IPv4 or IPv6, each at most once.',
  check({ object, report }) {
    const fields = serviceIPFields(object);
    if (!fields || fields.type === 'ExternalName') return;
    for (const problem of familyProblems(fields.ipFamilies)) report(problem);
  },
};

function familyProblems(families: readonly LocatedString[]): Problem[] {
  const found: Problem[] = [];
  const seen = new Set<string>();
  families.forEach(({ value, node }, index) => {
    const field = `spec.ipFamilies[${index}]`;
    if (!IP_FAMILIES.includes(value)) {
      const suggestion = IP_FAMILIES.find((family) => family.toLowerCase() === value.toLowerCase());
      found.push({
        field,
        type: 'NotSupported',
        span: node.span,
        value,
        detail: supportedValues(IP_FAMILIES),
        advice: suggestion ? `write '${suggestion}': the family is case-sensitive` : 'use IPv4 or IPv6',
        data: { index, ...(suggestion ? { suggestion } : {}) },
      });
    }
    if (seen.has(value)) {
      found.push({
        field,
        type: 'Duplicate',
        span: node.span,
        value,
        advice: 'list each IP family once: at most one IPv4 and one IPv6',
        data: { index },
      });
    }
    seen.add(value);
  });
  return found;
}
