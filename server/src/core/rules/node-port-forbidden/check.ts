import { serviceView } from '../../model/service';
import type { Rule } from '../rule';
import { servicePortsOf } from '../../model/service-port-fields';

/** P10: a ClusterIP Service (the default type) may not set `nodePort` (`ValidateService`). */
export const nodePortForbidden: Rule = {
  id: 'node-port-forbidden',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A nodePort may only be set on a NodePort or LoadBalancer Service.',
  check({ object, report }) {
    if (serviceView(object).type !== 'ClusterIP') return;
    for (const port of servicePortsOf(object)?.ports ?? []) {
      const nodePort = port.nodePort;
      if (!nodePort?.pair || nodePort.value === 0) continue;
      report({
        field: `spec.ports[${port.index}].nodePort`,
        type: 'Forbidden',
        span: nodePort.pair.span,
        detail: "may not be used when `type` is 'ClusterIP'",
        advice: 'remove nodePort, or set `type: NodePort` (or LoadBalancer) to expose the port on every node',
        data: { index: port.index },
      });
    }
  },
};
