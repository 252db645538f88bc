import { isDNS1123Label } from '../../validation';
import { visibleValueSpan } from '../../model/decoded';
import { endpointAddresses } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { ADVICE, DNS_LABEL } from './texts';

/** An address's optional hostname must be a DNS-1123 label (`validateEndpointAddress`, `ValidateDNS1123Label`). */
export const endpointsAddressHostname = defineRule({
  id: 'endpoints-address-hostname',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints address hostname must be a lowercase DNS label.',
  advice: ADVICE,
  check({ object, report }) {
    for (const address of endpointAddresses(object)) {
      const hostname = address.hostname;
      // An empty hostname means "none" and is skipped upstream.
      if (hostname === undefined || hostname.value === '') continue;
      invalidEach(isDNS1123Label(hostname.value), {
        field: `${address.path}.hostname`,
        span: visibleValueSpan(hostname, address.node),
        value: hostname.value,
        advice: DNS_LABEL,
        data: { subsetIndex: address.subsetIndex, list: address.list, index: address.index },
      }).forEach(report);
    }
  },
});
