import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** endpoints-port-protocol: `udp` → `UDP`. */
export const endpointsPortProtocolFix: FixProvider = enumCaseFixFor(['TCP', 'UDP', 'SCTP']);
