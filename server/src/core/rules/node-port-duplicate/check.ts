import { defineRule } from '../rule';
import { decodeService } from '../../model/service';
import { firstSeen } from '../support/first-seen';
import { ADVICE, alreadyUsed } from './texts';

/**
 * P11: two ports of one Service may not use the same (protocol, nodePort) pair (`ValidateService`). The same
 * nodePort with different protocols passes validation; the node-port allocator decides about that.
 * Validation has no range check: the 30000-32767 range belongs to the allocator (rule `node-port-range`).
 */
export const nodePortDuplicate = defineRule({
  id: 'node-port-duplicate',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'Two ports of a Service may not use the same nodePort with the same protocol.',
  advice: ADVICE,
  check({ object, report }) {
    const earlier = firstSeen();
    for (const port of decodeService(object).ports ?? []) {
      const { nodePort, protocol } = port;
      if (!nodePort?.pair || nodePort.value === 0 || !protocol) continue;
      const first = earlier(`${protocol.value}/${nodePort.value}`, port.index);
      if (first === undefined) continue;
      report({
        field: `spec.ports[${port.index}].nodePort`,
        type: 'Duplicate',
        span: nodePort.pair.value.span,
        value: nodePort.value,
        advice: alreadyUsed(first, protocol.value, nodePort.value),
        data: { index: port.index, firstIndex: first },
      });
    }
  },
});
