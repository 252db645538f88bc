import { enumCaseFix } from '../../fixes/enum-case-fix';
import { intendedExternallyAccessible, intendedValue } from '../../fixes/fix-targets';
import { removeEntry } from '../../fixes/remove-field';
import { PREFERRED_ASK, SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { TRAFFIC_POLICIES } from '../../model/enums';
import type { ExternalTrafficPolicyProblem } from './check';

/**
 * external-traffic-policy: `local` → `Local`; on a Service that is not externally accessible, "Remove
 * externalTrafficPolicy" (it has no effect there). Removing `Cluster`, the default, changes nothing whatever the
 * type was meant to be (safe); `Local` says the author wants client IPs kept, so the type may be what is wrong
 * (only offered). When the type only has the wrong case (`type: nodeport`), the Service is meant to be external:
 * then the type's own fix is the answer, and the policy is only case-corrected.
 */
export const externalTrafficPolicyFix: FixProvider<ExternalTrafficPolicyProblem> = ({ text, object, problem, l10n }) => {
  const node = problem.target?.pair.value;
  if (problem.type === 'NotSupported' || intendedExternallyAccessible(object)) {
    return enumCaseFix(text, node, TRAFFIC_POLICIES, l10n);
  }
  const policy = intendedValue(node, TRAFFIC_POLICIES);
  const kind = policy === 'Cluster' ? SAFE : PREFERRED_ASK;
  return fixOf(l10n.t('Remove externalTrafficPolicy'), removeEntry(text, problem.target), kind);
};
