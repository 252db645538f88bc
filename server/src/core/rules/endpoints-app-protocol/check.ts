import { isQualifiedName } from '../../validation';
import { endpointPorts } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidField } from '../support/problems';
import { ADVICE, QUALIFIED_NAME } from './texts';

/**
 * `validateEndpointPort`: appProtocol, when set, must be a qualified name (`ValidateQualifiedName`). It is a
 * pointer upstream: absent or null is skipped, but an explicit `""` is checked and fails.
 */
export const endpointsAppProtocol = defineRule({
  id: 'endpoints-app-protocol',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints port appProtocol must be a qualified name such as http or example.com/proto.',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of endpointPorts(object)) {
      const data = { subsetIndex: port.subsetIndex, index: port.index };
      invalidField(port, 'appProtocol', port.appProtocol, isQualifiedName, QUALIFIED_NAME, data).forEach(report);
    }
  },
});
