import { loadBalancerOnlyFix } from '../../fixes/load-balancer-only-fix';
import type { FixProvider } from '../../fixes/fix';
import type { LoadBalancerClassProblem } from './check';

/** load-balancer-class on another type: remove it, or make the Service a LoadBalancer (both only offered). */
export const loadBalancerClassFix: FixProvider<LoadBalancerClassProblem> = loadBalancerOnlyFix('loadBalancerClass');
