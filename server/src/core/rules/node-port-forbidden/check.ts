import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { nodePortForbiddenFix } from './fix';
import { ADVICE, REMOVE_OR_NODE_PORT } from './texts';

/** The port (`index`) whose item (`target`) the fix removes `nodePort` from. */
export type NodePortForbiddenProblem = Problem<{ readonly index: number }, LNode>;

/** P10: a ClusterIP Service (the default type) may not set `nodePort` (`ValidateService`). */
export const nodePortForbidden = defineRule<NodePortForbiddenProblem>({
  id: 'node-port-forbidden',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A nodePort may only be set on a NodePort or LoadBalancer Service.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    if (service.effectiveType !== 'ClusterIP') return;
    for (const port of service.ports ?? []) {
      const nodePort = port.nodePort;
      if (!nodePort?.pair || nodePort.value === 0) continue;
      report({
        field: `spec.ports[${port.index}].nodePort`,
        type: 'Forbidden',
        span: nodePort.pair.span,
        detail: "may not be used when `type` is 'ClusterIP'",
        advice: REMOVE_OR_NODE_PORT,
        data: { index: port.index },
        target: port.node,
      });
    }
  },
  fix: nodePortForbiddenFix,
});
