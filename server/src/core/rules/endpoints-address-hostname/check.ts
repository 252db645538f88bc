import { isDNS1123Label } from '../../validation';
import { endpointAddresses } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidField } from '../support/problems';
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
      // An empty hostname means "none" and is skipped upstream.
      if (address.hostname?.value === '') continue;
      const data = { subsetIndex: address.subsetIndex, list: address.list, index: address.index };
      invalidField(address, 'hostname', address.hostname, isDNS1123Label, DNS_LABEL, data).forEach(report);
    }
  },
});
