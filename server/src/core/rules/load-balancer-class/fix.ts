import { loadBalancerOnlyFix } from '../../fixes/load-balancer-only-fix';
import type { FixProvider } from '../../fixes/fix';

/** load-balancer-class on another type: remove it, or make the Service a LoadBalancer (both only offered). */
export const loadBalancerClassFix: FixProvider = loadBalancerOnlyFix('loadBalancerClass');
