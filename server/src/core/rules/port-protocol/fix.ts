import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** port-protocol: `tcp` → `TCP`. */
export const portProtocolFix: FixProvider = enumCaseFixFor(['TCP', 'UDP', 'SCTP']);
