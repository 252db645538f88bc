import { get, isEmpty, isScalar, pairOf } from '../../parse/located-node';
import type { LScalar } from '../../parse/located-node';
import { serviceView } from '../../model/service';
import type { Rule, RuleContext } from '../rule';
import { goTrimSpace, isValidSourceRangeCIDR } from '../../model/service-spec-fields';

const ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const FIELD = `metadata.annotations[${ANNOTATION}]`;

/**
 * L3: the legacy source-ranges annotation, checked only when `spec.loadBalancerSourceRanges` is empty
 * (`ValidateService`): present on a non-LoadBalancer Service (even empty) → Forbidden; each comma-separated
 * item, trimmed, must be a CIDR, all reported at the annotation's path. Empty or blank is fine on a LoadBalancer.
 */
export const loadBalancerSourceRangesAnnotation: Rule = {
  id: 'load-balancer-source-ranges-annotation',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: `The ${ANNOTATION} annotation is only for type LoadBalancer and must list CIDRs.`,
  check(ctx) {
    const service = serviceView(ctx.object);
    if (!isEmpty(get(service.spec, 'loadBalancerSourceRanges'))) return;
    const pair = pairOf(get(service.root, 'metadata', 'annotations'), ANNOTATION);
    const node = pair?.value;
    // `~` decodes as "" but keeps the key; any other non-string is a decoding error.
    if (!pair || !isScalar(node) || (node.value !== null && typeof node.value !== 'string')) return;
    if (service.type !== 'LoadBalancer') {
      ctx.report({
        field: FIELD,
        type: 'Forbidden',
        span: pair.span,
        detail: "may only be used when `type` is 'LoadBalancer'",
        advice: 'remove the annotation, or make the Service type LoadBalancer',
        data: { type: service.type, annotation: ANNOTATION },
      });
    }
    checkItems(ctx, node);
  },
};

function checkItems(ctx: RuleContext, node: LScalar): void {
  const text = goTrimSpace(typeof node.value === 'string' ? node.value : '');
  if (text === '') return;
  for (const item of text.split(',')) {
    const value = goTrimSpace(item);
    for (const message of isValidSourceRangeCIDR(value)) {
      ctx.report({
        field: FIELD,
        type: 'Invalid',
        span: node.span,
        value,
        detail: message,
        advice: 'list comma-separated CIDRs such as 203.0.113.0/24,198.51.100.0/24, or use spec.loadBalancerSourceRanges',
        data: { annotation: ANNOTATION, item: value },
      });
    }
  }
}
