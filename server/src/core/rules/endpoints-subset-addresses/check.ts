import { endpointSubsets } from '../../model/endpoints';
import { defineRule } from '../rule';
import { ADVICE, ADD_AN_ADDRESS } from './texts';

/**
 * Every subset needs at least one address, ready or not (`validateEndpointSubsets`). Only a subset whose address
 * lists both decode is judged: a list of the wrong type is a decode error reported elsewhere.
 */
export const endpointsSubsetAddresses = defineRule({
  id: 'endpoints-subset-addresses',
  kinds: ['Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'Every Endpoints subset must list at least one address or not-ready address.',
  advice: ADVICE,
  check({ object, report }) {
    for (const subset of endpointSubsets(object)) {
      const { addresses, notReadyAddresses } = subset;
      if (addresses === undefined || notReadyAddresses === undefined) continue;
      if ([...addresses, ...notReadyAddresses].some((address) => address.decodes)) continue;
      report({
        field: subset.path,
        type: 'Required',
        span: subset.node.span,
        detail: 'must specify `addresses` or `notReadyAddresses`',
        advice: ADD_AN_ADDRESS,
        data: { subsetIndex: subset.index },
      });
    }
  },
});
