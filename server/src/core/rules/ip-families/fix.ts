import { enumCaseFix } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';
import { IP_FAMILIES } from '../../model/enums';
import type { IPFamiliesProblem } from './check';

/** ip-families: `ipv4` → `IPv4`. A repeated family has no fix: which one was meant is not known. */
export const ipFamiliesFix: FixProvider<IPFamiliesProblem> = ({ text, problem, l10n }) =>
  problem.type === 'NotSupported' ? enumCaseFix(text, problem.target, IP_FAMILIES, l10n) : [];
