import { apiServerOrder, IP_FAMILIES } from '../../model/enums';
import type { DecodedItem } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { ipFieldsToValidate } from '../support/ip-fields';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { ipFamiliesFix } from './fix';
import { ADVICE, LIST_ONCE, SUPPORTED, caseSensitive } from './texts';

/** `supportedServiceIPFamily`, sorted. */
const SUPPORTED_FAMILIES = apiServerOrder(IP_FAMILIES);

/** The written family (`target`), which the fix corrects the case of. */
export type IPFamiliesProblem = Problem<{ readonly index: number; readonly suggestion?: string }, LNode>;

/**
 * F1: each of `spec.ipFamilies` is IPv4 or IPv6 (case-sensitive) and none repeats
 * (`ValidateServiceClusterIPsRelatedFields`; skipped for ExternalName, which forbids the field instead). There is no
 * separate "at most 2" check: a third entry is always a repeat. An unknown value that repeats gets both errors.
 */
export const ipFamilies = defineRule<IPFamiliesProblem>({
  id: 'ip-families',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.ipFamilies entries must be IPv4 or IPv6, each at most once.',
  advice: ADVICE,
  check({ object, report }) {
    const fields = ipFieldsToValidate(object);
    if (!fields) return;
    for (const problem of familyProblems(fields.ipFamilies)) report(problem);
  },
  fix: ipFamiliesFix,
});

function familyProblems(families: readonly DecodedItem<string>[]): IPFamiliesProblem[] {
  const found: IPFamiliesProblem[] = [];
  const seen = new Set<string>();
  families.forEach(({ value, node }, index) => {
    const field = `spec.ipFamilies[${index}]`;
    if (!SUPPORTED_FAMILIES.includes(value)) {
      const suggestion = SUPPORTED_FAMILIES.find((family) => family.toLowerCase() === value.toLowerCase());
      found.push({
        ...notSupported(
          field,
          node.span,
          value,
          SUPPORTED_FAMILIES,
          suggestion ? caseSensitive(suggestion) : SUPPORTED,
        ),
        data: { index, ...(suggestion ? { suggestion } : {}) },
        target: node,
      });
    }
    if (seen.has(value)) {
      found.push({ field, type: 'Duplicate', span: node.span, value, advice: LIST_ONCE, data: { index } });
    }
    seen.add(value);
  });
  return found;
}
