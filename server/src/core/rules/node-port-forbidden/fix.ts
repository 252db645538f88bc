import { ownPair, removePair, setKey } from '../../fixes/yaml-edits';
import { isHeadless, specMap } from '../../fixes/fix-targets';
import { ASK, PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isMap } from '../../parse/located-node';
import type { NodePortForbiddenProblem } from './check';

/**
 * node-port-forbidden: "Remove nodePort" (preferred), or "Change type to NodePort" (it exposes the Service on every
 * node). Neither is applied by fix-all: the author wrote that number, and the type may be what is wrong. A headless
 * Service cannot be a NodePort, so it gets only the first.
 */
export const nodePortForbiddenFix: FixProvider<NodePortForbiddenProblem> = ({ text, object, problem, l10n }) => {
  const port = problem.target;
  const pair = isMap(port) ? ownPair(port, 'nodePort') : undefined;
  if (!isMap(port) || !pair) return [];
  const spec = specMap(object);
  const changeType = spec && !isHeadless(object) ? setKey(text, spec, 'type', 'NodePort') : [];
  return [
    ...fixOf(l10n.t('Remove nodePort'), removePair(text, pair, port), PREFERRED_ASK),
    ...fixOf(l10n.t('Change type to NodePort'), changeType, ASK),
  ];
};
