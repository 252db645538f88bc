import { ownPair, replaceKey } from '../../fixes/yaml-edits';
import { fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { UnknownFieldProblem } from './check';

/**
 * unknown-field: rename the key to the field the rule suggests. Keys are case-sensitive, so `targetport` can only
 * mean `targetPort` (safe); a spelling guess (`prot` → `port`) or `containerPort` → `targetPort` is only offered.
 * No fix when the map already has the suggested key.
 */
export const unknownFieldFix: FixProvider<UnknownFieldProblem> = ({ text, problem, l10n }) => {
  const replacement = problem.data?.replacement;
  const entry = problem.target;
  if (replacement === undefined || !entry) return [];
  if (ownPair(entry.map, replacement) || entry.map.pairs.some((p) => p.key === replacement)) return [];
  const safe = entry.pair.key.toLowerCase() === replacement.toLowerCase();
  return fixOf(l10n.t("Rename to '{0}'", replacement), replaceKey(text, entry.pair, replacement), { preferred: true, safe });
};
