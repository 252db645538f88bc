import { apiServerOrder, PROTOCOLS } from '../../model/enums';
import type { LNode } from '../../parse/located-node';
import { visibleValueSpan } from '../../model/decoded';
import { endpointPorts } from '../../model/endpoints';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { endpointsPortProtocolFix } from './fix';
import { ADVICE, PROTOCOL } from './texts';

/** `supportedPortProtocols`, sorted as `sets.List` returns them. */
const SUPPORTED_PROTOCOLS = apiServerOrder(PROTOCOLS);

/** The written protocol (`target`), which the fix corrects the case of; `expected`, the protocol it means. */
export type EndpointsPortProtocolProblem = Problem<
  { readonly subsetIndex: number; readonly index: number; readonly expected: string | undefined },
  LNode
>;

/**
 * `validateEndpointPort`: the protocol must be SCTP, TCP or UDP, case-sensitively. An empty one is defaulted to TCP
 * first (`SetDefaults_Endpoints`), so upstream's Required error cannot happen through the API.
 */
export const endpointsPortProtocol = defineRule<EndpointsPortProtocolProblem>({
  id: 'endpoints-port-protocol',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints port protocol must be TCP, UDP or SCTP.',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of endpointPorts(object)) {
      const protocol = port.protocol;
      if (protocol === undefined || SUPPORTED_PROTOCOLS.includes(protocol.value)) continue;
      const span = visibleValueSpan(protocol, port.node);
      report({
        ...notSupported(`${port.path}.protocol`, span, protocol.value, SUPPORTED_PROTOCOLS, PROTOCOL),
        data: { subsetIndex: port.subsetIndex, index: port.index, expected: closestProtocol(protocol.value) },
        target: protocol.node,
      });
    }
  },
  fix: endpointsPortProtocolFix,
});

/** `tcp` → `TCP`: the likely intended value, for a quick fix. */
function closestProtocol(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  return SUPPORTED_PROTOCOLS.includes(upper) ? upper : undefined;
}
