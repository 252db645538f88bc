import { serviceView } from '../../model/service';
import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { stringField } from '../../model/service-spec-fields';

/** `sets.List(supportedServiceInternalTrafficPolicy)`. */
const SUPPORTED_POLICIES: readonly string[] = ['Cluster', 'Local'];

/**
 * I1: `spec.internalTrafficPolicy` must be Cluster or Local (`validateServiceInternalTrafficFieldsValue`), on any
 * Service type, ExternalName included. It is a pointer: an absent or `~` value is defaulted to Cluster (except on
 * ExternalName, where nil is allowed), so the Required error never fires, but `""` is set and refused.
 */
export const internalTrafficPolicy: Rule = {
  id: 'internal-traffic-policy',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.internalTrafficPolicy must be Cluster or Local.',
  check({ object, report }) {
    const policy = stringField(serviceView(object).spec, 'internalTrafficPolicy');
    if (!policy || SUPPORTED_POLICIES.includes(policy.value)) return;
    report({
      field: 'spec.internalTrafficPolicy',
      type: 'NotSupported',
      span: policy.node.span,
      value: policy.value,
      detail: supportedValues(SUPPORTED_POLICIES),
      advice: 'use Cluster (the default) or Local, which routes in-cluster traffic only to endpoints on the same node',
      data: { supported: SUPPORTED_POLICIES },
    });
  },
};
