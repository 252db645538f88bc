import { isDNS1123Label } from '../../validation';
import { endpointSubsets, valueSpan } from '../../model/endpoints-subsets';
import type { EndpointPortView } from '../../model/endpoints-subsets';
import type { Problem, Rule } from '../rule';

/**
 * `validateEndpointPort`: with more than one port in a subset every port needs a name; a name, when given, must be
 * a DNS-1123 label (not an IANA service name). Unlike a Service, repeated names are not checked.
 */
export const endpointsPortName: Rule = {
  id: 'endpoints-port-name',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'Endpoints ports must be named when a subset has several, with lowercase DNS labels.',
  check({ object, report }) {
    for (const subset of endpointSubsets(object)) {
      const requireName = subset.portCount > 1;
      for (const port of subset.ports ?? []) portNameProblems(port, requireName).forEach(report);
    }
  },
};

function portNameProblems(port: EndpointPortView, requireName: boolean): Problem[] {
  const name = port.name;
  if (name === undefined) return [];
  const data = { subsetIndex: port.subsetIndex, index: port.index };
  if (name.value === '') {
    if (!requireName) return [];
    return [
      {
        field: `${port.path}.name`,
        type: 'Required',
        span: port.node.span,
        advice: 'a subset with more than one port must name every port',
        data,
      },
    ];
  }
  return isDNS1123Label(name.value).map((detail) => ({
    field: `${port.path}.name`,
    type: 'Invalid',
    span: valueSpan(name, port.node),
    value: name.value,
    detail,
    advice: "use a lowercase DNS label: letters, digits and '-', at most 63 characters",
    data,
  }));
}
