import { supportedValues } from '../api-error';
import { endpointPorts, valueSpan } from '../../model/endpoints-subsets';
import type { Rule } from '../rule';

/** `supportedPortProtocols`, sorted as `sets.List` returns them. */
const SUPPORTED_PROTOCOLS: readonly string[] = ['SCTP', 'TCP', 'UDP'];

/**
 * `validateEndpointPort`: the protocol must be SCTP, TCP or UDP, case-sensitively. An empty one is defaulted to TCP
 * first (`SetDefaults_Endpoints`), so upstream's Required error cannot happen through the API.
 */
export const endpointsPortProtocol: Rule = {
  id: 'endpoints-port-protocol',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints port protocol must be TCP, UDP or SCTP.',
  check({ object, report }) {
    for (const port of endpointPorts(object)) {
      const protocol = port.protocol;
      if (protocol === undefined || SUPPORTED_PROTOCOLS.includes(protocol.value)) continue;
      report({
        field: `${port.path}.protocol`,
        type: 'NotSupported',
        span: valueSpan(protocol, port.node),
        value: protocol.value,
        detail: supportedValues(SUPPORTED_PROTOCOLS),
        advice: 'use TCP, UDP or SCTP, in upper case',
        data: { subsetIndex: port.subsetIndex, index: port.index, expected: closestProtocol(protocol.value) },
      });
    }
  },
};

/** `tcp` → `TCP`: the likely intended value, for a quick fix. */
function closestProtocol(value: string): string | undefined {
  const upper = value.trim().toUpperCase();
  return SUPPORTED_PROTOCOLS.includes(upper) ? upper : undefined;
}
