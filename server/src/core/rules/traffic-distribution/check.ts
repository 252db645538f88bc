import { TRAFFIC_DISTRIBUTIONS } from '../../model/enums';
import { defineRule } from '../rule';
import { checkSpecEnumeration } from '../support/problems';
import type { UnsupportedValueProblem } from '../support/problems';
import { trafficDistributionFix } from './fix';
import { ADVICE, SUPPORTED } from './texts';

/** Listed as `validateServiceTrafficDistribution` lists them, not sorted. */
const SUPPORTED_DISTRIBUTIONS: readonly string[] = TRAFFIC_DISTRIBUTIONS;

/** The written value (`target`), which the fix corrects the case of. */
export type TrafficDistributionProblem = UnsupportedValueProblem;

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
  check: checkSpecEnumeration('trafficDistribution', SUPPORTED_DISTRIBUTIONS, SUPPORTED),
  fix: trafficDistributionFix,
});
