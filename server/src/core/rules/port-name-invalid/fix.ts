import { renamePortFix } from '../../fixes/rename-port';
import type { FixProvider } from '../../fixes/fix';
import type { PortNameInvalidProblem } from './check';

/** port-name-invalid: `HTTP_Web` → `http-web` (lowercased, other characters as `-`), unique in the Service. */
export const portNameInvalidFix: FixProvider<PortNameInvalidProblem> = renamePortFix();
