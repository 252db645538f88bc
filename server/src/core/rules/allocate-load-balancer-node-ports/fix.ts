import { loadBalancerOnlyFix } from '../../fixes/load-balancer-only-fix';
import type { FixProvider } from '../../fixes/fix';
import type { AllocateLoadBalancerNodePortsProblem } from './check';

/** allocate-load-balancer-node-ports: remove it, or make the Service a LoadBalancer (both only offered). */
export const allocateLoadBalancerNodePortsFix: FixProvider<AllocateLoadBalancerNodePortsProblem> =
  loadBalancerOnlyFix('allocateLoadBalancerNodePorts');
