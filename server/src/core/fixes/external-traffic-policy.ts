import { enumCaseFix } from './enum-case-fix';
import { intendedExternallyAccessible } from './fix-targets';
import { removeProblemField } from './remove-field';
import { SAFE, fixOf } from './fix';
import type { FixProvider } from './fix';

const POLICIES = ['Cluster', 'Local'];

/**
 * external-traffic-policy: `local` → `Local`; on a Service that is not externally accessible, "Remove
 * externalTrafficPolicy" (it has no effect there). When the type only has the wrong case (`type: nodeport`), the
 * Service is meant to be external: then the type's own fix is the answer, and the policy is only case-corrected.
 */
export const externalTrafficPolicyFix: FixProvider = (ctx) => {
  if (ctx.problem.type === 'NotSupported' || intendedExternallyAccessible(ctx.object)) {
    return enumCaseFix(ctx, POLICIES);
  }
  return fixOf('Remove externalTrafficPolicy', removeProblemField(ctx), SAFE);
};
