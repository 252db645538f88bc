import { enumCaseFixFor } from './enum-case-fix';
import type { FixProvider } from './fix';

/** traffic-distribution: `preferclose` → `PreferClose`, … */
export const trafficDistributionFix: FixProvider = enumCaseFixFor(['PreferClose', 'PreferSameZone', 'PreferSameNode']);
