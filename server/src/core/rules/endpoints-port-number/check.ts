import { isValidPortNum } from '../../validation';
import { visibleValueSpan } from '../../model/decoded';
import { endpointPorts } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { ADVICE, PORT_NUMBER } from './texts';

/** `validateEndpointPort`: the port number must be 1..65535; a missing port is 0 and fails too. */
export const endpointsPortNumber = defineRule({
  id: 'endpoints-port-number',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints port number must be between 1 and 65535.',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of endpointPorts(object)) {
      const number = port.port;
      if (number === undefined) continue;
      invalidEach(isValidPortNum(number.value), {
        field: `${port.path}.port`,
        span: visibleValueSpan(number, port.node),
        value: number.value,
        advice: PORT_NUMBER,
        data: { subsetIndex: port.subsetIndex, index: port.index },
      }).forEach(report);
    }
  },
});
