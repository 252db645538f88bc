import { loadBalancerOnlyFix } from '../../fixes/load-balancer-only-fix';
import type { FixProvider } from '../../fixes/fix';
import type { LoadBalancerSourceRangesProblem } from './check';

/** load-balancer-source-ranges on another type: remove them, or make the Service a LoadBalancer (both only offered). */
export const loadBalancerSourceRangesFix: FixProvider<LoadBalancerSourceRangesProblem> =
  loadBalancerOnlyFix('loadBalancerSourceRanges');
