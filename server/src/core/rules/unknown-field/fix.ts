import { locate } from '../../fixes/fix-targets';
import { ownPair, replaceKey } from '../../fixes/yaml-edits';
import { fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * unknown-field: rename the key to the field the rule suggests. Keys are case-sensitive, so `targetport` can only
 * mean `targetPort` (safe); a spelling guess (`prot` → `port`) or `containerPort` → `targetPort` is only offered.
 * No fix when the map already has the suggested key.
 */
export const unknownFieldFix: FixProvider = ({ text, object, problem }) => {
  const replacement = problem.data?.replacement;
  const target = locate(object.root, problem.span);
  if (typeof replacement !== 'string' || !target?.pair || !target.parent) return [];
  if (ownPair(target.parent, replacement) || target.parent.pairs.some((p) => p.key === replacement)) return [];
  const safe = target.pair.key.toLowerCase() === replacement.toLowerCase();
  return fixOf(`Rename to '${replacement}'`, replaceKey(text, target.pair, replacement), { preferred: true, safe });
};
