import { valueSpan } from '../../model/decoded';
import { apiServerOrder, PROTOCOLS } from '../../model/enums';
import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { portProtocolFix } from './fix';
import { ADVICE, SUPPORTED, caseSensitive } from './texts';

/** `supportedPortProtocols`, sorted as `sets.List` gives it. */
const SUPPORTED_PROTOCOLS = apiServerOrder(PROTOCOLS);

/** The written protocol (`target`), which the fix corrects the case of. */
export type PortProtocolProblem = Problem<
  { readonly index: number; readonly supported: readonly string[]; readonly suggestion?: string },
  LNode
>;

/**
 * P6: `protocol` must be TCP, UDP or SCTP, case-sensitively (`validateServicePort`). An empty protocol is defaulted
 * to TCP before validation, so the upstream Required error cannot happen through the v1 API.
 */
export const portProtocol = defineRule<PortProtocolProblem>({
  id: 'port-protocol',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service port protocol must be TCP, UDP or SCTP (case-sensitive).',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of decodeService(object).ports ?? []) {
      const protocol = port.protocol;
      if (!protocol || SUPPORTED_PROTOCOLS.includes(protocol.value)) continue;
      const suggestion = SUPPORTED_PROTOCOLS.find((known) => known === protocol.value.trim().toUpperCase());
      const advice = suggestion ? caseSensitive(suggestion) : SUPPORTED;
      const span = valueSpan(protocol, port.node);
      report({
        ...notSupported(`spec.ports[${port.index}].protocol`, span, protocol.value, SUPPORTED_PROTOCOLS, advice),
        data: { index: port.index, supported: SUPPORTED_PROTOCOLS, ...(suggestion ? { suggestion } : {}) },
        target: protocol.node,
      });
    }
  },
  fix: portProtocolFix,
});
