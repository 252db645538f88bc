import { allocateNodePorts, refusalProblem } from '../support/node-port-allocation';
import type { Holder } from '../support/node-port-allocation';
import { defineFileRule } from '../rule';
import type { Advice, Problem } from '../rule';
import { nodePortAllocatedFix } from './fix';
import { ADVICE, healthCheckTaken, refusedBecause, samePortOnly, takenBy } from './texts';

/** The port whose nodePort is refused (`index`; none for healthCheckNodePort), which the fix removes. */
export type NodePortAllocatedProblem = Problem<{
  readonly index: number | undefined;
  readonly nodePort: number;
  readonly heldBy: { readonly service: string; readonly documentIndex: number; readonly field: string };
}>;

/**
 * The cluster's node-port allocator refuses a number that is already taken: node ports are unique across the
 * cluster whatever the protocol, so two Services of the file may not ask for the same one, nor two ports of one
 * Service unless they have the same `port` number (pkg/registry/core/service/portallocator `ErrAllocated`).
 */
export const nodePortAllocated = defineFileRule<NodePortAllocatedProblem>({
  id: 'node-port-allocated',
  origin: 'allocator',
  severity: 'error',
  description: 'A nodePort may be used by one Service only (ports of one Service share it only for the same port).',
  advice: ADVICE,
  checkFile({ objects, settings, report }) {
    for (const refusal of allocateNodePorts(objects, settings.nodePortRange)) {
      if (refusal.kind !== 'allocated' || !refusal.holder) continue;
      report(refusal.documentIndex, {
        ...refusalProblem(refusal),
        advice: refusedBecause(holderAdvice(refusal.holder, refusal.index)),
        data: {
          index: refusal.index,
          nodePort: refusal.nodePort,
          heldBy: {
            service: refusal.holder.service,
            documentIndex: refusal.holder.documentIndex,
            field: refusal.holder.field,
          },
        },
      });
    }
  },
  fix: nodePortAllocatedFix,
});

function holderAdvice(holder: Holder, index: number | undefined): Advice {
  if (holder.sameService && index === undefined) return healthCheckTaken(holder.field);
  if (holder.sameService) return samePortOnly(holder.field);
  return takenBy(holder.service === '' ? undefined : holder.service, holder.field);
}
