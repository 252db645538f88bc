import { isValidPortNum } from '../../validation';
import { endpointPorts, valueSpan } from '../../model/endpoints-subsets';
import type { Rule } from '../rule';

/** `validateEndpointPort`: the port number must be 1..65535; a missing port is 0 and fails too. */
export const endpointsPortNumber: Rule = {
  id: 'endpoints-port-number',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints port number must be between 1 and 65535.',
  check({ object, report }) {
    for (const port of endpointPorts(object)) {
      const number = port.port;
      if (number === undefined) continue;
      for (const detail of isValidPortNum(number.value)) {
        report({
          field: `${port.path}.port`,
          type: 'Invalid',
          span: valueSpan(number, port.node),
          value: number.value,
          detail,
          advice: 'set port to the number the backends listen on, from 1 to 65535',
          data: { subsetIndex: port.subsetIndex, index: port.index },
        });
      }
    }
  },
};
