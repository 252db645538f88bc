import { enumCaseFixFor } from './enum-case-fix';
import type { FixProvider } from './fix';

/** port-protocol: `tcp` → `TCP`. */
export const portProtocolFix: FixProvider = enumCaseFixFor(['TCP', 'UDP', 'SCTP']);
