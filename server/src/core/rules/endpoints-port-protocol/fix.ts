import { enumCaseFixFor } from './enum-case-fix';
import type { FixProvider } from './fix';

/** endpoints-port-protocol: `udp` → `UDP`. */
export const endpointsPortProtocolFix: FixProvider = enumCaseFixFor(['TCP', 'UDP', 'SCTP']);
