import { nameIsDNSSubdomain } from '../../validation';
import { endpointAddresses } from '../../model/endpoints';
import { defineRule } from '../rule';
import { invalidField } from '../support/problems';
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
      const data = { subsetIndex: address.subsetIndex, list: address.list, index: address.index };
      invalidField(address, 'nodeName', address.nodeName, isNodeName, NODE_NAME, data).forEach(report);
    }
  },
});

/** `ValidateNodeName`: a Node's name, not a prefix. */
function isNodeName(value: string): string[] {
  return nameIsDNSSubdomain(value, false);
}
