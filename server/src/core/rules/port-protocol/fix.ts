import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { PROTOCOLS } from '../../model/enums';
import type { PortProtocolProblem } from './check';

/** port-protocol: `tcp` → `TCP`. */
export const portProtocolFix: FixProvider<PortProtocolProblem> = enumCaseFixFor(PROTOCOLS);
