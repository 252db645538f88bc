import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** internal-traffic-policy: `local` → `Local`, `cluster` → `Cluster`. */
export const internalTrafficPolicyFix: FixProvider = enumCaseFixFor(['Cluster', 'Local']);
