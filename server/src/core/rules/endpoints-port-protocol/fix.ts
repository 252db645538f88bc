import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { PROTOCOLS } from '../../model/enums';
import type { EndpointsPortProtocolProblem } from './check';

/** endpoints-port-protocol: `udp` → `UDP`. */
export const endpointsPortProtocolFix: FixProvider<EndpointsPortProtocolProblem> = enumCaseFixFor(PROTOCOLS);
