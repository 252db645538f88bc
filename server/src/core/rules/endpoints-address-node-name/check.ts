import { nameIsDNSSubdomain } from '../../validation';
import { visibleValueSpan } from '../../model/decoded';
import { endpointAddresses } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { ADVICE, NODE_NAME } from './texts';

/**
 * An address's nodeName must be a valid Node name, a DNS-1123 subdomain (`validateEndpointAddress`,
 * `ValidateNodeName`). It is a pointer upstream: absent or null is skipped, but an explicit `""` is checked and fails.
 */
export const endpointsAddressNodeName = defineRule({
  id: 'endpoints-address-node-name',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints address nodeName must be a valid Node name (a lowercase DNS subdomain).',
  advice: ADVICE,
  check({ object, report }) {
    for (const address of endpointAddresses(object)) {
      const nodeName = address.nodeName;
      if (nodeName?.value === undefined) continue;
      invalidEach(nameIsDNSSubdomain(nodeName.value, false), {
        field: `${address.path}.nodeName`,
        span: visibleValueSpan(nodeName, address.node),
        value: nodeName.value,
        advice: NODE_NAME,
        data: { subsetIndex: address.subsetIndex, list: address.list, index: address.index },
      }).forEach(report);
    }
  },
});
