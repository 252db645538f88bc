import { enumCaseFixFor } from './enum-case-fix';
import type { FixProvider } from './fix';

/** internal-traffic-policy: `local` → `Local`, `cluster` → `Cluster`. */
export const internalTrafficPolicyFix: FixProvider = enumCaseFixFor(['Cluster', 'Local']);
