import { nameIsDNSSubdomain } from '../../validation';
import { endpointAddresses, valueSpan } from '../../model/endpoints-subsets';
import type { Rule } from '../rule';

/**
 * An address's nodeName must be a valid Node name, a DNS-1123 subdomain (`validateEndpointAddress`,
 * `ValidateNodeName`). It is a pointer upstream: absent or null is skipped, but an explicit `""` is checked and fails.
 */
export const endpointsAddressNodeName: Rule = {
  id: 'endpoints-address-node-name',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'An Endpoints address nodeName must be a valid Node name (a lowercase DNS subdomain).',
  check({ object, report }) {
    for (const address of endpointAddresses(object)) {
      const nodeName = address.nodeName;
      if (nodeName === undefined) continue;
      for (const detail of nameIsDNSSubdomain(nodeName.value, false)) {
        report({
          field: `${address.path}.nodeName`,
          type: 'Invalid',
          span: valueSpan(nodeName, address.node),
          value: nodeName.value,
          detail,
          advice: 'use the name of a Node as `kubectl get nodes` lists it, or leave nodeName out',
          data: { subsetIndex: address.subsetIndex, list: address.list, index: address.index },
        });
      }
    }
  },
};
