import { canonicalIP, isValidIPForLegacyField, validateNonSpecialIP } from '../../validation';
import { visibleValueSpan } from '../../model/decoded';
import { endpointAddresses } from '../../model/endpoints';
import type { EndpointAddressView } from '../../model/endpoints';
import { defineRule } from '../rule';
import type { Advice, Problem } from '../rule';
import { ADVICE, PLAIN_ADDRESS, ROUTABLE, SET_IP, writeAs } from './texts';

/**
 * The StrictIPCIDRValidation feature gate would refuse leading zeros ("010.1.2.3") and IPv4-mapped IPv6
 * ("::ffff:10.1.2.3"). Like the Service IP rules we follow the validation snapshot of the spec, where the gate does
 * not exist and such addresses are accepted (the API server only warns about them).
 */
const STRICT_IP_VALIDATION = false;

/**
 * `validateEndpointAddress` checks the IP twice: first that it parses (`IsValidIPForLegacyField`), then, separately,
 * that it is not special (`ValidateEndpointIP`, formerly `ValidateNonSpecialIP`). The second check parses again and
 * says "must be a valid IP address" on its own, so an unparsable IP (including a missing one) gets TWO Invalid
 * errors; an unspecified, loopback, link-local or link-local-multicast IP gets one per range it falls in.
 */
export const endpointsAddressIp = defineRule({
  id: 'endpoints-address-ip',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints address must be a routable IP: not unspecified, loopback or link-local.',
  advice: ADVICE,
  check({ object, report }) {
    for (const address of endpointAddresses(object)) ipProblems(address).forEach(report);
  },
});

function ipProblems(address: EndpointAddressView): Problem[] {
  const ip = address.ip;
  if (ip === undefined) return [];
  const details = [...isValidIPForLegacyField(ip.value, STRICT_IP_VALIDATION), ...validateNonSpecialIP(ip.value)];
  return details.map((detail) => ({
    field: `${address.path}.ip`,
    type: 'Invalid',
    span: visibleValueSpan(ip, address.node),
    value: ip.value,
    detail,
    advice: adviceFor(detail, ip.value),
    data: {
      subsetIndex: address.subsetIndex,
      list: address.list,
      index: address.index,
      canonical: canonicalIP(ip.value),
    },
  }));
}

function adviceFor(detail: string, value: string): Advice {
  if (value === '') return SET_IP;
  if (detail.startsWith('may not')) return ROUTABLE;
  const canonical = canonicalIP(value);
  if (canonical !== undefined) return writeAs(canonical);
  return PLAIN_ADDRESS;
}
