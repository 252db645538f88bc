import { removeRefusedNodePort } from '../../fixes/allocated-node-port';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { NodePortRangeProblem } from './check';

/**
 * node-port-range: a nodePort (or healthCheckNodePort) outside the cluster's range is left for the cluster to pick.
 * Only offered: the range is the cluster's setting, which kube-svc may not know (`nodePort: 8080  # our cluster uses
 * 1-65535`), and the author may need that number.
 */
export const nodePortRangeFix: FixProvider<NodePortRangeProblem> = ({ text, object, problem, l10n }) => {
  const { title, edits } = removeRefusedNodePort(text, object, problem.data?.index, l10n);
  return fixOf(title, edits, PREFERRED_ASK);
};
