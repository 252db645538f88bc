import { allocateNodePorts } from '../support/node-port-allocation';
import type { Holder } from '../support/node-port-allocation';
import type { FileRule } from '../rule';

/**
 * The cluster's node-port allocator refuses a number that is already taken: node ports are unique across the
 * cluster whatever the protocol, so two Services of the file may not ask for the same one, nor two ports of one
 * Service unless they have the same `port` number (pkg/registry/core/service/portallocator `ErrAllocated`).
 */
export const nodePortAllocated: FileRule = {
  id: 'node-port-allocated',
  origin: 'allocator',
  severity: 'error',
  description: 'A nodePort may be used by one Service only (ports of one Service share it only for the same port).',
  checkFile({ objects, settings, report }) {
    for (const refusal of allocateNodePorts(objects, settings.nodePortRange)) {
      if (refusal.kind !== 'allocated' || !refusal.holder) continue;
      report(refusal.documentIndex, {
        field: refusal.field,
        type: 'Invalid',
        span: refusal.span,
        value: refusal.nodePort,
        detail: refusal.detail,
        advice: `refused by the cluster's node-port allocator — ${holderAdvice(refusal.holder, refusal.index)}`,
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
};

function holderAdvice(holder: Holder, index: number | undefined): string {
  if (holder.sameService && index === undefined) {
    return `${holder.field} of this Service already takes it; the health check needs a node port of its own`;
  }
  if (holder.sameService) {
    return (
      `${holder.field} of this Service already takes it, and only ports with the same \`port\` number ` +
      'may share a nodePort; pick another number'
    );
  }
  const who = holder.service === '' ? 'an earlier Service' : `Service "${holder.service}"`;
  return (
    `${who} in this file already takes it at ${holder.field}; ` +
    'node ports are unique across the cluster, so pick another number or leave it out'
  );
}
