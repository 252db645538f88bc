import { renamePortFix } from '../../fixes/rename-port';
import type { FixProvider } from '../../fixes/fix';
import type { PortNameDuplicateProblem } from './check';

/** port-name-duplicate: the repeat becomes `<name>-2` (or the next free suffix). */
export const portNameDuplicateFix: FixProvider<PortNameDuplicateProblem> = renamePortFix();
