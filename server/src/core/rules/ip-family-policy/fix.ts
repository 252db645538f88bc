import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { IP_FAMILY_POLICIES } from '../../model/enums';
import type { IPFamilyPolicyProblem } from './check';

/** ip-family-policy: `singlestack` → `SingleStack`, … */
export const ipFamilyPolicyFix: FixProvider<IPFamilyPolicyProblem> = enumCaseFixFor(IP_FAMILY_POLICIES);
