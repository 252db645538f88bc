import { isQualifiedName } from '../../validation';
import { endpointPorts, valueSpan } from '../../model/endpoints-subsets';
import type { Rule } from '../rule';

/**
 * `validateEndpointPort`: appProtocol, when set, must be a qualified name (`ValidateQualifiedName`). It is a
 * pointer upstream: absent or null is skipped, but an explicit `""` is checked and fails.
 */
export const endpointsAppProtocol: Rule = {
  id: 'endpoints-app-protocol',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints port appProtocol must be a qualified name such as http or example.com/proto.',
  check({ object, report }) {
    for (const port of endpointPorts(object)) {
      const appProtocol = port.appProtocol;
      if (appProtocol === undefined) continue;
      for (const detail of isQualifiedName(appProtocol.value)) {
        report({
          field: `${port.path}.appProtocol`,
          type: 'Invalid',
          span: valueSpan(appProtocol, port.node),
          value: appProtocol.value,
          detail,
          advice: "use a name like 'http', 'kubernetes.io/h2c' or 'example.com/my-protocol', or leave appProtocol out",
          data: { subsetIndex: port.subsetIndex, index: port.index },
        });
      }
    }
  },
};
