import type { Rule } from '../rule';
import { servicePortsOf } from '../../model/service-port-fields';

/**
 * P11: two ports of one Service may not use the same (protocol, nodePort) pair (`ValidateService`). The same
 * nodePort with different protocols passes validation; the node-port allocator decides about that.
 * Validation has no range check: the 30000-32767 range belongs to the allocator (rule `node-port-range`).
 */
export const nodePortDuplicate: Rule = {
  id: 'node-port-duplicate',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'Two ports of a Service may not use the same nodePort with the same protocol.',
  check({ object, report }) {
    const firstIndex = new Map<string, number>();
    for (const port of servicePortsOf(object)?.ports ?? []) {
      const { nodePort, protocol } = port;
      if (!nodePort?.pair || nodePort.value === 0 || !protocol) continue;
      const key = `${protocol.value}/${nodePort.value}`;
      const first = firstIndex.get(key);
      if (first === undefined) {
        firstIndex.set(key, port.index);
        continue;
      }
      report({
        field: `spec.ports[${port.index}].nodePort`,
        type: 'Duplicate',
        span: nodePort.pair.value.span,
        value: nodePort.value,
        advice:
          `spec.ports[${first}] already uses ${protocol.value} nodePort ${nodePort.value}; ` +
          'pick another or leave it out',
        data: { index: port.index, firstIndex: first },
      });
    }
  },
};
