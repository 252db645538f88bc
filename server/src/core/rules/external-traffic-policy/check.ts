import { serviceView } from '../../model/service';
import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { stringField } from '../../model/service-spec-fields';

/** `sets.List(validExternalTrafficPolicies)`. The pre-1.7 annotation values Global/OnlyLocal are not mapped. */
const SUPPORTED_POLICIES: readonly string[] = ['Cluster', 'Local'];

/**
 * X2: `spec.externalTrafficPolicy` (`validateServiceExternalTrafficPolicy`). Only an externally accessible
 * Service (NodePort, LoadBalancer, or ClusterIP with externalIPs) may set it, and then only to Cluster or Local.
 * An empty value on such a Service is defaulted to Cluster first, so its Required error never fires.
 */
export const externalTrafficPolicy: Rule = {
  id: 'external-traffic-policy',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.externalTrafficPolicy is only for externally accessible Services and must be Cluster or Local.',
  check({ object, report }) {
    const service = serviceView(object);
    const policy = stringField(service.spec, 'externalTrafficPolicy');
    if (!policy || policy.value === '') return;
    if (!service.externallyAccessible) {
      report({
        field: 'spec.externalTrafficPolicy',
        type: 'Invalid',
        span: policy.node.span,
        value: policy.value,
        detail: 'may only be set for externally-accessible services',
        advice: 'remove externalTrafficPolicy; it applies only to NodePort and LoadBalancer Services or to externalIPs',
        data: { type: service.type },
      });
      return;
    }
    if (SUPPORTED_POLICIES.includes(policy.value)) return;
    report({
      field: 'spec.externalTrafficPolicy',
      type: 'NotSupported',
      span: policy.node.span,
      value: policy.value,
      detail: supportedValues(SUPPORTED_POLICIES),
      advice: 'use Cluster (the default) or Local, which keeps the client source IP',
      data: { supported: SUPPORTED_POLICIES },
    });
  },
};
