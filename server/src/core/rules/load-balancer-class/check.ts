import { decodeService } from '../../model/service';
import { isQualifiedName } from '../../validation';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { loadBalancerOnly } from '../support/problems';
import type { LoadBalancerOnlyProblem } from '../support/problems';
import { loadBalancerClassFix } from './fix';
import { ADVICE, PREFIXED_NAME, REMOVE_OR_LOAD_BALANCER } from './texts';

/** The `loadBalancerClass` entry (`target`), which the fix removes from a Service of another type. */
export type LoadBalancerClassProblem = LoadBalancerOnlyProblem;

/**
 * L5: `spec.loadBalancerClass` (`validateLoadBalancerClassField` on create): on a LoadBalancer it must be a
 * qualified name, one Invalid per broken rule; on any other type it must not be set, even to "". The update
 * check ("may not change once set") needs the live object and is not done here.
 */
export const loadBalancerClass = defineRule<LoadBalancerClassProblem>({
  id: 'load-balancer-class',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.loadBalancerClass is only for type LoadBalancer and must be a qualified name.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    const lbClass = service.loadBalancerClass;
    if (lbClass?.value === undefined || !lbClass.pair) return;
    if (service.effectiveType !== 'LoadBalancer') {
      report(loadBalancerOnly('spec.loadBalancerClass', service, lbClass.pair, REMOVE_OR_LOAD_BALANCER));
      return;
    }
    invalidEach(isQualifiedName(lbClass.value), {
      field: 'spec.loadBalancerClass',
      span: lbClass.pair.value.span,
      value: lbClass.value,
      advice: PREFIXED_NAME,
    }).forEach(report);
  },
  fix: loadBalancerClassFix,
});
