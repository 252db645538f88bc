import { isValidPortNum } from '../../validation';
import { defineRule } from '../rule';
import { valueSpan } from '../../model/decoded';
import { decodeService } from '../../model/service';
import { invalidEach } from '../support/problems';
import { ADVICE, PORT_RANGE, PORT_REQUIRED } from './texts';

/** P5: `port` must be 1-65535 (`validateServicePort` → `IsValidPortNum`); a missing port is 0 and fails too. */
export const portNumber = defineRule({
  id: 'port-number',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service port number must be between 1 and 65535.',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of decodeService(object).ports ?? []) {
      if (!port.port) continue;
      invalidEach(isValidPortNum(port.port.value), {
        field: `spec.ports[${port.index}].port`,
        span: valueSpan(port.port, port.node),
        value: port.port.value,
        advice: port.port.pair ? PORT_RANGE : PORT_REQUIRED,
        data: { index: port.index },
      }).forEach(report);
    }
  },
});
