import { isValidPortNum } from '../../validation';
import { endpointPorts } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidField } from '../support/problems';
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
      const data = { subsetIndex: port.subsetIndex, index: port.index };
      invalidField(port, 'port', port.port, isValidPortNum, PORT_NUMBER, data).forEach(report);
    }
  },
});
