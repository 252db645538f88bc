import { isDNS1123Label } from '../../validation';
import { endpointAddresses, valueSpan } from '../../model/endpoints-subsets';
import type { Rule } from '../rule';

/** An address's optional hostname must be a DNS-1123 label (`validateEndpointAddress`, `ValidateDNS1123Label`). */
export const endpointsAddressHostname: Rule = {
  id: 'endpoints-address-hostname',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints address hostname must be a lowercase DNS label.',
  check({ object, report }) {
    for (const address of endpointAddresses(object)) {
      const hostname = address.hostname;
      // An empty hostname means "none" and is skipped upstream.
      if (hostname === undefined || hostname.value === '') continue;
      for (const detail of isDNS1123Label(hostname.value)) {
        report({
          field: `${address.path}.hostname`,
          type: 'Invalid',
          span: valueSpan(hostname, address.node),
          value: hostname.value,
          detail,
          advice: "use a lowercase DNS label: letters, digits and '-', at most 63 characters, no dots",
          data: { subsetIndex: address.subsetIndex, list: address.list, index: address.index },
        });
      }
    }
  },
};
