import { allocateNodePorts } from '../support/node-port-allocation';
import type { FileRule } from '../rule';

/**
 * The cluster's node-port allocator refuses a nodePort (or the healthCheckNodePort of a LoadBalancer with
 * `externalTrafficPolicy: Local`) outside `--service-node-port-range` (`settings.nodePortRange`, default
 * 30000-32767). Validation has no such check (pkg/registry/core/service/portallocator `ErrNotInRange`).
 */
export const nodePortRange: FileRule = {
  id: 'node-port-range',
  origin: 'allocator',
  severity: 'error',
  description: "A nodePort must lie in the cluster's --service-node-port-range (30000-32767 by default).",
  checkFile({ objects, settings, report }) {
    const range = settings.nodePortRange;
    for (const refusal of allocateNodePorts(objects, range)) {
      if (refusal.kind !== 'range') continue;
      report(refusal.documentIndex, {
        field: refusal.field,
        type: 'Invalid',
        span: refusal.span,
        value: refusal.nodePort,
        detail: refusal.detail,
        advice:
          `refused by the cluster's node-port allocator (--service-node-port-range) — ` +
          `pick a number from ${range.min} to ${range.max}, or leave it out to get one assigned`,
        data: { index: refusal.index, nodePort: refusal.nodePort, range: { min: range.min, max: range.max } },
      });
    }
  },
};
