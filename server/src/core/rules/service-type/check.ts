import { apiServerOrder, SERVICE_TYPES } from '../../model/enums';
import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { serviceTypeFix } from './fix';
import { ADVICE, SUPPORTED, caseSensitive } from './texts';

/** `supportedServiceType`, sorted as `sets.List` gives it. */
const SUPPORTED_TYPES = apiServerOrder(SERVICE_TYPES);

/** The written type (`target`), which the fix corrects the case of. */
export type ServiceTypeProblem = Problem<
  { readonly supported: readonly string[]; readonly suggestion?: string },
  LNode
>;

/**
 * T1: `spec.type` must be one of the four types, case-sensitively (`ValidateService`). An empty type is defaulted
 * to ClusterIP before validation, so the upstream Required error cannot happen.
 */
export const serviceType = defineRule<ServiceTypeProblem>({
  id: 'service-type',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.type must be ClusterIP, NodePort, LoadBalancer or ExternalName (case-sensitive).',
  advice: ADVICE,
  check({ object, report }) {
    const type = decodeService(object).type;
    if (!type?.pair || type.value === '' || SUPPORTED_TYPES.includes(type.value)) return;
    const value = type.value;
    const suggestion = SUPPORTED_TYPES.find((known) => known.toLowerCase() === value.trim().toLowerCase());
    report({
      ...notSupported(
        'spec.type',
        type.pair.value.span,
        value,
        SUPPORTED_TYPES,
        suggestion ? caseSensitive(suggestion) : SUPPORTED,
      ),
      data: { supported: SUPPORTED_TYPES, ...(suggestion ? { suggestion } : {}) },
      target: type.pair.value,
    });
  },
  fix: serviceTypeFix,
});
