import { get } from '../../parse/located-node';
import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { decodeString, REFUSED } from '../../model/service-ip-fields';

/** `supportedServiceType`, sorted as `sets.List` gives it. */
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

/**
 * T1: `spec.type` must be one of the four types, case-sensitively (`ValidateService`). An empty type is defaulted
 * to ClusterIP before validation, so the upstream Required error cannot happen.
 */
export const serviceType: Rule = {
  id: 'service-type',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.type must be ClusterIP, NodePort, LoadBalancer or ExternalName (case-sensitive).',
  check({ object, report }) {
    const node = get(object.root, 'spec', 'type');
    const type = decodeString(node);
    if (node === undefined || type === REFUSED || type === '' || SERVICE_TYPES.includes(type)) return;
    const suggestion = SERVICE_TYPES.find((known) => known.toLowerCase() === type.trim().toLowerCase());
    report({
      field: 'spec.type',
      type: 'NotSupported',
      span: node.span,
      value: type,
      detail: supportedValues(SERVICE_TYPES),
      advice: suggestion
        ? `write '${suggestion}': the type is case-sensitive`
        : 'use ClusterIP, NodePort, LoadBalancer or ExternalName',
      data: { supported: SERVICE_TYPES, ...(suggestion ? { suggestion } : {}) },
    });
  },
};
