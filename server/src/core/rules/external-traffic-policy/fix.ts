import { get } from '../../parse/located-node';
import { enumCaseFix } from '../../fixes/enum-case-fix';
import { intendedExternallyAccessible, intendedValue } from '../../fixes/fix-targets';
import { removeProblemField } from '../../fixes/remove-field';
import { PREFERRED_ASK, SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

const POLICIES = ['Cluster', 'Local'];

/**
 * external-traffic-policy: `local` → `Local`; on a Service that is not externally accessible, "Remove
 * externalTrafficPolicy" (it has no effect there). Removing `Cluster`, the default, changes nothing whatever the
 * type was meant to be (safe); `Local` says the author wants client IPs kept, so the type may be what is wrong
 * (only offered). When the type only has the wrong case (`type: nodeport`), the Service is meant to be external:
 * then the type's own fix is the answer, and the policy is only case-corrected.
 */
export const externalTrafficPolicyFix: FixProvider = (ctx) => {
  if (ctx.problem.type === 'NotSupported' || intendedExternallyAccessible(ctx.object)) {
    return enumCaseFix(ctx, POLICIES);
  }
  const policy = intendedValue(get(ctx.object.root, 'spec', 'externalTrafficPolicy'), POLICIES);
  return fixOf('Remove externalTrafficPolicy', removeProblemField(ctx), policy === 'Cluster' ? SAFE : PREFERRED_ASK);
};
