import { goServicePortKey } from '../support/go-syntax';
import { defineRule } from '../rule';
import { decodeService } from '../../model/service';
import { firstSeen } from '../support/first-seen';
import { ADVICE, alreadyExposed } from './texts';

/**
 * P9: two ports of one Service may not share the same (protocol, port) pair (`ValidateService`). The error is on
 * the port entry itself, and its bad value is a `core.ServicePort` printed with Go's `%#v`, which `BadValue` cannot
 * hold: the printed struct is passed as the detail with no value, which reads exactly like the API server's text.
 */
export const portDuplicate = defineRule({
  id: 'port-duplicate',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'Two ports of a Service may not use the same port number with the same protocol.',
  advice: ADVICE,
  check({ object, report }) {
    const earlier = firstSeen();
    for (const port of decodeService(object).ports ?? []) {
      if (!port.port || !port.protocol) continue;
      const first = earlier(`${port.protocol.value}/${port.port.value}`, port.index);
      if (first === undefined) continue;
      report({
        field: `spec.ports[${port.index}]`,
        type: 'Duplicate',
        span: port.node.span,
        detail: goServicePortKey(port.protocol.value, port.port.value),
        advice: alreadyExposed(first, port.protocol.value, port.port.value),
        data: { index: port.index, firstIndex: first, protocol: port.protocol.value, port: port.port.value },
      });
    }
  },
});
