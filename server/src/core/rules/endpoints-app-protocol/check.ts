import { isQualifiedName } from '../../validation';
import { visibleValueSpan } from '../../model/decoded';
import { endpointPorts } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
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
      const appProtocol = port.appProtocol;
      if (appProtocol?.value === undefined) continue;
      invalidEach(isQualifiedName(appProtocol.value), {
        field: `${port.path}.appProtocol`,
        span: visibleValueSpan(appProtocol, port.node),
        value: appProtocol.value,
        advice: QUALIFIED_NAME,
        data: { subsetIndex: port.subsetIndex, index: port.index },
      }).forEach(report);
    }
  },
});
