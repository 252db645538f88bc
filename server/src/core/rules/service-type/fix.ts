import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import { SERVICE_TYPES } from '../../fixes/fix-targets';
import type { FixProvider } from '../../fixes/fix';

/** service-type: `nodeport` → `NodePort`, `clusterip` → `ClusterIP`, … */
export const serviceTypeFix: FixProvider = enumCaseFixFor(SERVICE_TYPES);
