import { entryOf } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { decodeService } from '../../model/service';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { allocateLoadBalancerNodePortsFix } from './fix';
import { ADVICE, REMOVE_OR_LOAD_BALANCER } from './texts';

export type AllocateLoadBalancerNodePortsProblem = Problem<{ readonly type: string }, Entry>;

/**
 * L4: `spec.allocateLoadBalancerNodePorts` is only for LoadBalancer Services (`ValidateService`). Its Required
 * error for a LoadBalancer without it (path `allocateLoadBalancerNodePorts`) cannot happen: v1 defaulting sets
 * it to true first.
 */
export const allocateLoadBalancerNodePorts = defineRule<AllocateLoadBalancerNodePortsProblem>({
  id: 'allocate-load-balancer-node-ports',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.allocateLoadBalancerNodePorts may only be set on a LoadBalancer Service.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    const allocate = service.allocateLoadBalancerNodePorts;
    if (allocate?.value === undefined || !allocate.pair || service.effectiveType === 'LoadBalancer') return;
    report({
      field: 'spec.allocateLoadBalancerNodePorts',
      type: 'Forbidden',
      span: allocate.pair.span,
      detail: "may only be used when `type` is 'LoadBalancer'",
      advice: REMOVE_OR_LOAD_BALANCER,
      data: { type: service.effectiveType },
      target: entryOf(service.spec, allocate.pair),
    });
  },
  fix: allocateLoadBalancerNodePortsFix,
});
