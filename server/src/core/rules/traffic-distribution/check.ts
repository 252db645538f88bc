import { TRAFFIC_DISTRIBUTIONS } from '../../model/enums';
import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { supportedValues } from '../api-error';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { trafficDistributionFix } from './fix';
import { ADVICE, SUPPORTED } from './texts';

/** Listed as `validateServiceTrafficDistribution` lists them, not sorted. */
const SUPPORTED_DISTRIBUTIONS: readonly string[] = TRAFFIC_DISTRIBUTIONS;

/** The written value (`target`), which the fix corrects the case of. */
export type TrafficDistributionProblem = Problem<{ readonly supported: readonly string[] }, LNode>;

/**
 * D1: `spec.trafficDistribution` (`validateServiceTrafficDistribution`). A pointer with no default: absent or `~`
 * is fine, but `""` is set and refused.
 */
export const trafficDistribution = defineRule<TrafficDistributionProblem>({
  id: 'traffic-distribution',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.trafficDistribution must be PreferClose, PreferSameZone or PreferSameNode.',
  advice: ADVICE,
  check({ object, report }) {
    const distribution = decodeService(object).trafficDistribution;
    const value = distribution?.value;
    if (value === undefined || !distribution?.pair || SUPPORTED_DISTRIBUTIONS.includes(value)) return;
    report({
      field: 'spec.trafficDistribution',
      type: 'NotSupported',
      span: distribution.pair.value.span,
      value,
      detail: supportedValues(SUPPORTED_DISTRIBUTIONS),
      advice: SUPPORTED,
      data: { supported: SUPPORTED_DISTRIBUTIONS },
      target: distribution.pair.value,
    });
  },
  fix: trafficDistributionFix,
});
