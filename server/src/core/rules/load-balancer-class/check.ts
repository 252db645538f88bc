import { serviceView } from '../../model/service';
import { isQualifiedName } from '../../validation';
import type { Rule } from '../rule';
import { stringField } from '../../model/service-spec-fields';

/**
 * L5: `spec.loadBalancerClass` (`validateLoadBalancerClassField` on create): on a LoadBalancer it must be a
 * qualified name, one Invalid per broken rule; on any other type it must not be set, even to "". The update
 * check ("may not change once set") needs the live object and is not done here.
 */
export const loadBalancerClass: Rule = {
  id: 'load-balancer-class',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.loadBalancerClass is only for type LoadBalancer and must be a qualified name.',
  check({ object, report }) {
    const service = serviceView(object);
    const lbClass = stringField(service.spec, 'loadBalancerClass');
    if (!lbClass) return;
    if (service.type !== 'LoadBalancer') {
      report({
        field: 'spec.loadBalancerClass',
        type: 'Forbidden',
        span: lbClass.pair.span,
        detail: "may only be used when `type` is 'LoadBalancer'",
        advice: 'remove loadBalancerClass, or make the Service type LoadBalancer',
        data: { type: service.type },
      });
      return;
    }
    for (const message of isQualifiedName(lbClass.value)) {
      report({
        field: 'spec.loadBalancerClass',
        type: 'Invalid',
        span: lbClass.node.span,
        value: lbClass.value,
        detail: message,
        advice: 'name the load balancer implementation with a prefixed name such as example.com/internal-vip',
      });
    }
  },
};
