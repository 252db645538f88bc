import { ownPair, replaceKey } from '../../fixes/yaml-edits';
import { fixOf, SAFE } from '../../fixes/fix';
import { rewriteBackend } from '../../fixes/ingress-backend-rewrite';
import { rewriteBackendTitle } from './texts';
import type { FixProvider } from '../../fixes/fix';
import type { UnknownFieldProblem } from './check';

/**
 * unknown-field: rename the key to the field the rule suggests. Keys are case-sensitive, so `targetport` can only
 * mean `targetPort` (safe); a spelling guess (`prot` → `port`) or `containerPort` → `targetPort` is only offered.
 * No fix when the map already has the suggested key. An Ingress backend's v1beta1 `serviceName` / `servicePort`
 * are rewritten together in v1's shape (`service.name`, `service.port.number`): the one v1 spelling of them.
 */
export const unknownFieldFix: FixProvider<UnknownFieldProblem> = ({ text, problem, l10n }) => {
  const replacement = problem.data?.replacement;
  const entry = problem.target;
  if (problem.data?.rewrite === 'v1-backend' && entry) {
    return fixOf(rewriteBackendTitle(l10n), rewriteBackend(text, entry.map), SAFE);
  }
  if (replacement === undefined || !entry) return [];
  if (ownPair(entry.map, replacement) || entry.map.pairs.some((p) => p.key === replacement)) return [];
  const safe = entry.pair.key.toLowerCase() === replacement.toLowerCase();
  return fixOf(l10n.t("Rename to '{0}'", replacement), replaceKey(text, entry.pair, replacement), { preferred: true, safe });
};
