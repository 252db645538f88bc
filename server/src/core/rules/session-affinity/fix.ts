import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** session-affinity: `clientip` → `ClientIP`, `none` → `None`. */
export const sessionAffinityFix: FixProvider = enumCaseFixFor(['ClientIP', 'None']);
