import { ownPair, removePair, setKey } from '../../fixes/yaml-edits';
import { isHeadless, servicePortMap, specMap } from '../../fixes/fix-targets';
import { ASK, PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * node-port-forbidden: "Remove nodePort" (preferred), or "Change type to NodePort" (it exposes the Service on every
 * node). Neither is applied by fix-all: the author wrote that number, and the type may be what is wrong. A headless
 * Service cannot be a NodePort, so it gets only the first.
 */
export const nodePortForbiddenFix: FixProvider = ({ text, object, problem }) => {
  const port = servicePortMap(object, problem.data?.index);
  const pair = port && ownPair(port, 'nodePort');
  if (!port || !pair) return [];
  const spec = specMap(object);
  const changeType = spec && !isHeadless(object) ? setKey(text, spec, 'type', 'NodePort') : [];
  return [
    ...fixOf('Remove nodePort', removePair(text, pair, port), PREFERRED_ASK),
    ...fixOf('Change type to NodePort', changeType, ASK),
  ];
};
