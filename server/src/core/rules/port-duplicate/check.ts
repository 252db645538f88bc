import { goServicePortKey } from '../support/go-syntax';
import { defineRule } from '../rule';
import { decodeService } from '../../model/service';
import { repeats } from '../support/first-seen';
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
    const keyed = repeats(decodeService(object).ports ?? [], ({ port, protocol }) =>
      port && protocol ? { key: `${protocol.value}/${port.value}`, of: [protocol.value, port.value] as const } : undefined,
    );
    for (const { port, of: [protocol, number], first } of keyed) {
      report({
        field: `spec.ports[${port.index}]`,
        type: 'Duplicate',
        span: port.node.span,
        detail: goServicePortKey(protocol, number),
        advice: alreadyExposed(first, protocol, number),
        data: { index: port.index, firstIndex: first, protocol, port: number },
      });
    }
  },
});
