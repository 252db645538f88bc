import { allocateNodePorts, refusalProblem } from '../support/node-port-allocation';
import { defineFileRule } from '../rule';
import type { Problem } from '../rule';
import { nodePortRangeFix } from './fix';
import { ADVICE, outOfRange } from './texts';

/** The port whose nodePort is refused (`index`; none for healthCheckNodePort), which the fix removes. */
export type NodePortRangeProblem = Problem<{
  readonly index: number | undefined;
  readonly nodePort: number;
  readonly range: { readonly min: number; readonly max: number };
}>;

/**
 * The cluster's node-port allocator refuses a nodePort (or the healthCheckNodePort of a LoadBalancer with
 * `externalTrafficPolicy: Local`) outside `--service-node-port-range` (`settings.nodePortRange`, default
 * 30000-32767). Validation has no such check (pkg/registry/core/service/portallocator `ErrNotInRange`).
 */
export const nodePortRange = defineFileRule<NodePortRangeProblem>({
  id: 'node-port-range',
  origin: 'allocator',
  severity: 'error',
  description: "A nodePort must lie in the cluster's --service-node-port-range (30000-32767 by default).",
  advice: ADVICE,
  checkFile({ objects, settings, report }) {
    const range = settings.nodePortRange;
    for (const refusal of allocateNodePorts(objects, range)) {
      if (refusal.kind !== 'range') continue;
      report(refusal.documentIndex, {
        ...refusalProblem(refusal),
        advice: outOfRange(range),
        data: { index: refusal.index, nodePort: refusal.nodePort, range: { min: range.min, max: range.max } },
      });
    }
  },
  fix: nodePortRangeFix,
});
