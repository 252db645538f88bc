import { canonicalIP, isValidIPForLegacyField, validateNonSpecialIP } from '../../validation';
import { endpointAddresses, valueSpan } from '../../model/endpoints-subsets';
import type { EndpointAddressView } from '../../model/endpoints-subsets';
import type { Problem, Rule } from '../rule';

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
export const endpointsAddressIp: Rule = {
  id: 'endpoints-address-ip',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints address must be a routable IP: not unspecified, loopback or link-local.',
  check({ object, report }) {
    for (const address of endpointAddresses(object)) ipProblems(address).forEach(report);
  },
};

function ipProblems(address: EndpointAddressView): Problem[] {
  const ip = address.ip;
  if (ip === undefined) return [];
  const details = [...isValidIPForLegacyField(ip.value, STRICT_IP_VALIDATION), ...validateNonSpecialIP(ip.value)];
  return details.map((detail) => ({
    field: `${address.path}.ip`,
    type: 'Invalid',
    span: valueSpan(ip, address.node),
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

function adviceFor(detail: string, value: string): string {
  if (value === '') return 'set ip to the address of the backend, e.g. 10.1.2.3';
  if (detail.startsWith('may not')) return 'point the endpoint at a routable pod or host address';
  const canonical = canonicalIP(value);
  if (canonical !== undefined) return `write it as ${canonical}`;
  return 'write a plain IPv4 or IPv6 address such as 10.1.2.3, without brackets, port or prefix length';
}
