import { endpointSubsets } from '../../model/endpoints-subsets';
import type { Rule } from '../rule';

/**
 * Every subset needs at least one address, ready or not (`validateEndpointSubsets`). Only a subset whose address
 * lists both decode is judged: a list of the wrong type is a decode error reported elsewhere.
 */
export const endpointsSubsetAddresses: Rule = {
  id: 'endpoints-subset-addresses',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'Every Endpoints subset must list at least one address or not-ready address.',
  check({ object, report }) {
    for (const subset of endpointSubsets(object)) {
      const { addresses, notReadyAddresses } = subset;
      if (addresses === undefined || notReadyAddresses === undefined) continue;
      if (addresses.length > 0 || notReadyAddresses.length > 0) continue;
      report({
        field: subset.path,
        type: 'Required',
        span: subset.node.span,
        detail: 'must specify `addresses` or `notReadyAddresses`',
        advice: 'list at least one address (or notReadyAddress) in this subset, or remove the subset',
        data: { subsetIndex: subset.index },
      });
    }
  },
};
