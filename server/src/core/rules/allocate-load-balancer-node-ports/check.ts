import { serviceView } from '../../model/service';
import type { Rule } from '../rule';
import { booleanField } from '../../model/service-spec-fields';

/**
 * L4: `spec.allocateLoadBalancerNodePorts` is only for LoadBalancer Services (`ValidateService`). Its Required
 * error for a LoadBalancer without it (path `allocateLoadBalancerNodePorts`) cannot happen: v1 defaulting sets
 * it to true first.
 */
export const allocateLoadBalancerNodePorts: Rule = {
  id: 'allocate-load-balancer-node-ports',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.allocateLoadBalancerNodePorts may only be set on a LoadBalancer Service.',
  check({ object, report }) {
    const service = serviceView(object);
    const allocate = booleanField(service.spec, 'allocateLoadBalancerNodePorts');
    if (!allocate || service.type === 'LoadBalancer') return;
    report({
      field: 'spec.allocateLoadBalancerNodePorts',
      type: 'Forbidden',
      span: allocate.pair.span,
      detail: "may only be used when `type` is 'LoadBalancer'",
      advice: 'remove allocateLoadBalancerNodePorts, or make the Service type LoadBalancer',
      data: { type: service.type },
    });
  },
};
