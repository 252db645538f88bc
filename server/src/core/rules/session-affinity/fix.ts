import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { SESSION_AFFINITIES } from '../../model/enums';
import type { SessionAffinityProblem } from './check';

/** session-affinity: `clientip` → `ClientIP`, `none` → `None`. */
export const sessionAffinityFix: FixProvider<SessionAffinityProblem> = enumCaseFixFor(SESSION_AFFINITIES);
