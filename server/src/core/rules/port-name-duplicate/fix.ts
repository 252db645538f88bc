import { renamePortFix } from './rename-port';
import type { FixProvider } from './fix';

/** port-name-duplicate: the repeat becomes `<name>-2` (or the next free suffix). */
export const portNameDuplicateFix: FixProvider = renamePortFix;
