import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { servicePortsOf, valueSpan } from '../../model/service-port-fields';

/** `supportedPortProtocols`, sorted as `sets.List` gives it. */
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/**
 * P6: `protocol` must be TCP, UDP or SCTP, case-sensitively (`validateServicePort`). An empty protocol is defaulted
 * to TCP before validation, so the upstream Required error cannot happen through the v1 API.
 */
export const portProtocol: Rule = {
  id: 'port-protocol',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service port protocol must be TCP, UDP or SCTP (case-sensitive).',
  check({ object, report }) {
    for (const port of servicePortsOf(object)?.ports ?? []) {
      const protocol = port.protocol;
      if (!protocol || PROTOCOLS.includes(protocol.value)) continue;
      const suggestion = PROTOCOLS.find((known) => known === protocol.value.trim().toUpperCase());
      report({
        field: `spec.ports[${port.index}].protocol`,
        type: 'NotSupported',
        span: valueSpan(protocol, port.node),
        value: protocol.value,
        detail: supportedValues(PROTOCOLS),
        advice: suggestion ? `write '${suggestion}': the protocol is case-sensitive` : 'use TCP, UDP or SCTP',
        data: { index: port.index, supported: PROTOCOLS, ...(suggestion ? { suggestion } : {}) },
      });
    }
  },
};
