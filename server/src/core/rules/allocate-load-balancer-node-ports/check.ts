import { decodeService } from '../../model/service';
import { defineRule } from '../rule';
import { loadBalancerOnly } from '../support/problems';
import type { LoadBalancerOnlyProblem } from '../support/problems';
import { allocateLoadBalancerNodePortsFix } from './fix';
import { ADVICE, REMOVE_OR_LOAD_BALANCER } from './texts';

export type AllocateLoadBalancerNodePortsProblem = LoadBalancerOnlyProblem;

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
    report(loadBalancerOnly('spec.allocateLoadBalancerNodePorts', service, allocate.pair, REMOVE_OR_LOAD_BALANCER));
  },
  fix: allocateLoadBalancerNodePortsFix,
});
