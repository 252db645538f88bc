import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** traffic-distribution: `preferclose` → `PreferClose`, … */
export const trafficDistributionFix: FixProvider = enumCaseFixFor(['PreferClose', 'PreferSameZone', 'PreferSameNode']);
