import type { LNode } from '../../parse/located-node';
import { isDNS1123Label } from '../../validation';
import { visibleValueSpan } from '../../model/decoded';
import { endpointSubsets } from '../../model/endpoints';
import type { EndpointPortView } from '../../model/endpoints';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { endpointsPortNameFix } from './fix';
import { ADVICE, DNS_LABEL, NAME_EVERY_PORT } from './texts';

/** The port the name is of; the written name (`target`), which the fix repairs. */
export type EndpointsPortNameProblem = Problem<{ readonly subsetIndex: number; readonly index: number }, LNode>;

/**
 * `validateEndpointPort`: with more than one port in a subset every port needs a name; a name, when given, must be
 * a DNS-1123 label (not an IANA service name). Unlike a Service, repeated names are not checked.
 */
export const endpointsPortName = defineRule<EndpointsPortNameProblem>({
  id: 'endpoints-port-name',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'Endpoints ports must be named when a subset has several, with lowercase DNS labels.',
  advice: ADVICE,
  check({ object, report }) {
    for (const subset of endpointSubsets(object)) {
      const requireName = (subset.ports?.length ?? 0) > 1;
      for (const port of subset.ports ?? []) portNameProblems(port, requireName).forEach(report);
    }
  },
  fix: endpointsPortNameFix,
});

function portNameProblems(port: EndpointPortView, requireName: boolean): EndpointsPortNameProblem[] {
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
        advice: NAME_EVERY_PORT,
        data,
      },
    ];
  }
  return isDNS1123Label(name.value).map((detail) => ({
    field: `${port.path}.name`,
    type: 'Invalid',
    span: visibleValueSpan(name, port.node),
    value: name.value,
    detail,
    advice: DNS_LABEL,
    data,
    target: name.node,
  }));
}
