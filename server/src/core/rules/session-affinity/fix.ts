import { enumCaseFixFor } from './enum-case-fix';
import type { FixProvider } from './fix';

/** session-affinity: `clientip` → `ClientIP`, `none` → `None`. */
export const sessionAffinityFix: FixProvider = enumCaseFixFor(['ClientIP', 'None']);
