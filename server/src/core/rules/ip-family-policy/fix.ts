import { enumCaseFixFor } from './enum-case-fix';
import type { FixProvider } from './fix';

/** ip-family-policy: `singlestack` → `SingleStack`, … */
export const ipFamilyPolicyFix: FixProvider = enumCaseFixFor(['SingleStack', 'PreferDualStack', 'RequireDualStack']);
