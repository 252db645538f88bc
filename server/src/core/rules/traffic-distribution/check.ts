import { serviceView } from '../../model/service';
import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { stringField } from '../../model/service-spec-fields';

/**
 * The values a current cluster accepts. PreferClose has been accepted since the field appeared (1.30, on by
 * default from 1.31); PreferSameZone and PreferSameNode came with the PreferSameTrafficDistribution gate
 * (KEP-3015: alpha 1.33, beta and on by default 1.34, GA 1.35). Listed as `validateServiceTrafficDistribution`
 * lists them with the gate on.
 */
const SUPPORTED_DISTRIBUTIONS: readonly string[] = ['PreferClose', 'PreferSameZone', 'PreferSameNode'];

/**
 * D1: `spec.trafficDistribution` (`validateServiceTrafficDistribution`). A pointer with no default: absent or `~`
 * is fine, but `""` is set and refused.
 */
export const trafficDistribution: Rule = {
  id: 'traffic-distribution',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.trafficDistribution must be PreferClose, PreferSameZone or PreferSameNode.',
  check({ object, report }) {
    const distribution = stringField(serviceView(object).spec, 'trafficDistribution');
    if (!distribution || SUPPORTED_DISTRIBUTIONS.includes(distribution.value)) return;
    report({
      field: 'spec.trafficDistribution',
      type: 'NotSupported',
      span: distribution.node.span,
      value: distribution.value,
      detail: supportedValues(SUPPORTED_DISTRIBUTIONS),
      advice: 'use PreferSameZone, PreferSameNode or PreferClose (clusters before 1.34 accept only PreferClose), or remove it',
      data: { supported: SUPPORTED_DISTRIBUTIONS },
    });
  },
};
