import { removeRefusedNodePort } from '../../fixes/allocated-node-port';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { NodePortAllocatedProblem } from './check';

/**
 * node-port-allocated: leaving the refused nodePort out lets the cluster pick a free one. Offered, not applied by
 * fix-all: the author asked for that number, perhaps to match a firewall rule, and may rather change the other one.
 */
export const nodePortAllocatedFix: FixProvider<NodePortAllocatedProblem> = ({ text, object, problem, l10n }) => {
  const { title, edits } = removeRefusedNodePort(text, object, problem.data?.index, l10n);
  return fixOf(title, edits, PREFERRED_ASK);
};
