import { enumCaseFixFor } from './enum-case-fix';
import { SERVICE_TYPES } from './fix-targets';
import type { FixProvider } from './fix';

/** service-type: `nodeport` → `NodePort`, `clusterip` → `ClusterIP`, … */
export const serviceTypeFix: FixProvider = enumCaseFixFor(SERVICE_TYPES);
