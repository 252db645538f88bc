import { loadBalancerOnlyFix } from '../../fixes/load-balancer-only-fix';
import type { FixProvider } from '../../fixes/fix';
import type { LoadBalancerSourceRangesAnnotationProblem } from './check';

/** The source-ranges annotation on another type: remove it, or make the Service a LoadBalancer (both only offered). */
export const loadBalancerSourceRangesAnnotationFix: FixProvider<LoadBalancerSourceRangesAnnotationProblem> =
  loadBalancerOnlyFix('the source-ranges annotation', (l10n) =>
    l10n.t('Remove the source-ranges annotation'),
  );
