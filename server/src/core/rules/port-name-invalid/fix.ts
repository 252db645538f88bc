import { renamePortFix } from './rename-port';
import type { FixProvider } from './fix';

/** port-name-invalid: `HTTP_Web` → `http-web` (lowercased, other characters as `-`), unique in the Service. */
export const portNameInvalidFix: FixProvider = renamePortFix;
