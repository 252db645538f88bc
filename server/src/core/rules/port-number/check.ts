import { isValidPortNum } from '../../validation';
import type { Rule } from '../rule';
import { servicePortsOf, valueSpan } from '../../model/service-port-fields';

/** P5: `port` must be 1-65535 (`validateServicePort` → `IsValidPortNum`); a missing port is 0 and fails too. */
export const portNumber: Rule = {
  id: 'port-number',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service port number must be between 1 and 65535.',
  check({ object, report }) {
    for (const port of servicePortsOf(object)?.ports ?? []) {
      if (!port.port) continue;
      for (const message of isValidPortNum(port.port.value)) {
        report({
          field: `spec.ports[${port.index}].port`,
          type: 'Invalid',
          span: valueSpan(port.port, port.node),
          value: port.port.value,
          detail: message,
          advice: port.port.pair ? 'use a port number from 1 to 65535' : 'every port needs a `port` number (1-65535)',
          data: { index: port.index },
        });
      }
    }
  },
};
