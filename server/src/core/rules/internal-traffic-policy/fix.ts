import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { TRAFFIC_POLICIES } from '../../model/enums';
import type { InternalTrafficPolicyProblem } from './check';

/** internal-traffic-policy: `local` → `Local`, `cluster` → `Cluster`. */
export const internalTrafficPolicyFix: FixProvider<InternalTrafficPolicyProblem> = enumCaseFixFor(TRAFFIC_POLICIES);
