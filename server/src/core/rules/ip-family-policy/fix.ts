import { enumCaseFixFor } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** ip-family-policy: `singlestack` → `SingleStack`, … */
export const ipFamilyPolicyFix: FixProvider = enumCaseFixFor(['SingleStack', 'PreferDualStack', 'RequireDualStack']);
