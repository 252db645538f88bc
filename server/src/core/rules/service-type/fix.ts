import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { SERVICE_TYPES } from '../../model/enums';
import type { ServiceTypeProblem } from './check';

/** service-type: `nodeport` → `NodePort`, `clusterip` → `ClusterIP`, … */
export const serviceTypeFix: FixProvider<ServiceTypeProblem> = enumCaseFixFor(SERVICE_TYPES);
