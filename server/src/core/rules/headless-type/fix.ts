import { isScalar, items } from '../../parse/located-node';
import type { LPair } from '../../parse/located-node';
import { ownPair, removePairs } from '../../fixes/yaml-edits';
import { specMap } from '../../fixes/fix-targets';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { HeadlessTypeProblem } from './check';

/**
 * headless-type: a NodePort or LoadBalancer needs a cluster IP, so `clusterIP: None` (and `clusterIPs: [None]`) go.
 * Only offered: the author may want it headless (`clusterIP: None # I want headless`) and the type be what is wrong.
 */
export const headlessTypeFix: FixProvider<HeadlessTypeProblem> = ({ text, object, l10n }) => {
  const spec = specMap(object);
  if (!spec) return [];
  const single = ownPair(spec, 'clusterIP');
  const plural = ownPair(spec, 'clusterIPs');
  const remove: LPair[] = [];
  if (single && isScalar(single.value) && single.value.value === 'None') remove.push(single);
  const ips = items(plural?.value);
  if (plural && ips.length === 1 && isScalar(ips[0]) && ips[0].value === 'None') remove.push(plural);
  return fixOf(l10n.t('Remove clusterIP: None'), remove.length === 0 ? [] : removePairs(text, spec, remove), PREFERRED_ASK);
};
