import { isScalar, items, pairOf } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import { serviceView } from '../../model/service';
import type { Rule, RuleContext } from '../rule';
import { goTrimSpace, isValidSourceRangeCIDR } from '../../model/service-spec-fields';

/** Upstream's path, capitalised by a historical accident: `specPath.Child("LoadBalancerSourceRanges")`. */
const FIELD = 'spec.LoadBalancerSourceRanges';

/**
 * L1, L2: `spec.loadBalancerSourceRanges` only on a LoadBalancer, and each value, trimmed, must be a CIDR
 * (`ValidateService`). Both are reported together: the Forbidden first, then one Invalid per bad entry.
 */
export const loadBalancerSourceRanges: Rule = {
  id: 'load-balancer-source-ranges',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.loadBalancerSourceRanges is only for type LoadBalancer and must hold CIDRs.',
  check(ctx) {
    const service = serviceView(ctx.object);
    const pair = pairOf(service.spec, 'loadBalancerSourceRanges');
    const ranges = items(pair?.value);
    if (!pair || ranges.length === 0) return;
    if (service.type !== 'LoadBalancer') {
      ctx.report({
        field: FIELD,
        type: 'Forbidden',
        span: pair.span,
        detail: "may only be used when `type` is 'LoadBalancer'",
        advice: 'remove loadBalancerSourceRanges, or make the Service type LoadBalancer',
        data: { type: service.type },
      });
    }
    ranges.forEach((range, index) => checkRange(ctx, range, index));
  },
};

function checkRange(ctx: RuleContext, range: LNode, index: number): void {
  const written = rangeText(range);
  if (written === undefined) return;
  // Space-padding is tolerated, "due to a historical accident around transition from the annotation value".
  const value = goTrimSpace(written);
  for (const message of isValidSourceRangeCIDR(value)) {
    ctx.report({
      field: `${FIELD}[${index}]`,
      type: 'Invalid',
      span: range.span,
      value,
      detail: message,
      advice: 'write a source range as a CIDR such as 203.0.113.0/24 or 2001:db8::/64',
      data: { index },
    });
  }
}

/** A list item as Go decodes it into a string: `~` leaves the element "", another type is a decoding error. */
function rangeText(range: LNode): string | undefined {
  if (!isScalar(range)) return undefined;
  if (range.value === null) return '';
  return typeof range.value === 'string' ? range.value : undefined;
}
