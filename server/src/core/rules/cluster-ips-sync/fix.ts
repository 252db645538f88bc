import { insertKeyBefore, ownPair, setPairValue } from '../../fixes/yaml-edits';
import { specMap } from '../../fixes/fix-targets';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { ClusterIPsSyncProblem } from './check';

/**
 * cluster-ips-sync: `clusterIPs` written without `clusterIP` gets `clusterIP` set to its first entry, which is what
 * the author asked for. When both are set and disagree, which one is right is not known: no fix.
 */
export const clusterIPsSyncFix: FixProvider<ClusterIPsSyncProblem> = ({ text, object, problem, l10n }) => {
  const data = problem.data;
  if (!data || data.first !== undefined) return [];
  const first = data.clusterIP;
  const spec = specMap(object);
  const plural = spec && ownPair(spec, 'clusterIPs');
  if (!spec || !plural) return [];
  const single = ownPair(spec, 'clusterIP');
  const edits = single ? setPairValue(text, single, first) : insertKeyBefore(text, spec, plural, 'clusterIP', first);
  return fixOf(l10n.t("Set clusterIP to '{0}'", first), edits, SAFE);
};
