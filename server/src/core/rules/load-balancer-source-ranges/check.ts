import { goList, goString } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { goTrimSpace } from '../../model/go-strings';
import { decodeService } from '../../model/service';
import { pairOf } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem, RuleContext } from '../rule';
import { isValidSourceRangeCIDR } from '../support/source-range-cidr';
import { invalidEach } from '../support/problems';
import { loadBalancerOnly } from '../support/problems';
import { loadBalancerSourceRangesFix } from './fix';
import { ADVICE, CIDR, REMOVE_OR_LOAD_BALANCER } from './texts';

/** Upstream's path, capitalised by a historical accident: `specPath.Child("LoadBalancerSourceRanges")`. */
const FIELD = 'spec.LoadBalancerSourceRanges';

/** The `loadBalancerSourceRanges` entry (`target`), which the fix removes from a Service of another type. */
export type LoadBalancerSourceRangesProblem = Problem<{ readonly type: string } | { readonly index: number }, Entry>;

/**
 * L1, L2: `spec.loadBalancerSourceRanges` only on a LoadBalancer, and each value, trimmed, must be a CIDR
 * (`ValidateService`). Both are reported together: the Forbidden first, then one Invalid per bad entry. Each item
 * is decoded on its own: `~` leaves the element "", another type is a decoding error.
 */
export const loadBalancerSourceRanges = defineRule<LoadBalancerSourceRangesProblem>({
  id: 'load-balancer-source-ranges',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.loadBalancerSourceRanges is only for type LoadBalancer and must hold CIDRs.',
  advice: ADVICE,
  check(ctx) {
    const service = decodeService(ctx.object);
    const pair = pairOf(service.spec, 'loadBalancerSourceRanges');
    const ranges = goList(pair?.value) ?? [];
    if (!pair || ranges.length === 0) return;
    if (service.effectiveType !== 'LoadBalancer') {
      ctx.report(loadBalancerOnly(FIELD, service, pair, REMOVE_OR_LOAD_BALANCER));
    }
    ranges.forEach((range, index) => checkRange(ctx, range, index));
  },
  fix: loadBalancerSourceRangesFix,
});

function checkRange(ctx: RuleContext<LoadBalancerSourceRangesProblem>, range: LNode, index: number): void {
  const written = goString(range);
  if (written === undefined) return;
  // Space-padding is tolerated, "due to a historical accident around transition from the annotation value".
  const value = goTrimSpace(written);
  invalidEach(isValidSourceRangeCIDR(value), {
    field: `${FIELD}[${index}]`,
    span: range.span,
    value,
    advice: CIDR,
    data: { index },
  }).forEach((problem) => ctx.report(problem));
}
