import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { PATH_TYPES } from '../../model/enums';
import type { IngressPathTypeProblem } from './check';

/** ingress-path-type: `prefix` → `Prefix`. */
export const ingressPathTypeFix: FixProvider<IngressPathTypeProblem> = enumCaseFixFor(PATH_TYPES);
