import { enumCaseFix } from '../../fixes/enum-case-fix';
import type { FixProvider } from '../../fixes/fix';

/** ip-families: `ipv4` → `IPv4`. A repeated family has no fix: which one was meant is not known. */
export const ipFamiliesFix: FixProvider = (ctx) =>
  ctx.problem.type === 'NotSupported' ? enumCaseFix(ctx, ['IPv4', 'IPv6']) : [];
