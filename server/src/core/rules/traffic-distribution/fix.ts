import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { TRAFFIC_DISTRIBUTIONS } from '../../model/enums';
import type { TrafficDistributionProblem } from './check';

/** traffic-distribution: `preferclose` → `PreferClose`, … */
export const trafficDistributionFix: FixProvider<TrafficDistributionProblem> = enumCaseFixFor(TRAFFIC_DISTRIBUTIONS);
