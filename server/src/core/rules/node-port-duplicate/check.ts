import { defineRule } from '../rule';
import { decodeService } from '../../model/service';
import { repeats } from '../support/first-seen';
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
    const keyed = repeats(decodeService(object).ports ?? [], ({ nodePort, protocol }) =>
      nodePort?.pair && nodePort.value !== 0 && protocol
        ? { key: `${protocol.value}/${nodePort.value}`, of: { protocol: protocol.value, nodePort: nodePort.value, pair: nodePort.pair } }
        : undefined,
    );
    for (const { port, of: { protocol, nodePort, pair }, first } of keyed) {
      report({
        field: `spec.ports[${port.index}].nodePort`,
        type: 'Duplicate',
        span: pair.value.span,
        value: nodePort,
        advice: alreadyUsed(first, protocol, nodePort),
        data: { index: port.index, firstIndex: first },
      });
    }
  },
});
