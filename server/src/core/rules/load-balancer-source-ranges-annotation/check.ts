import { goString } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { goTrimSpace } from '../../model/go-strings';
import { decodeService } from '../../model/service';
import { get, isEmpty, isScalar, pairOf } from '../../parse/located-node';
import type { LScalar } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem, RuleContext } from '../rule';
import { isValidSourceRangeCIDR } from '../support/source-range-cidr';
import { invalidEach } from '../support/problems';
import { loadBalancerOnly } from '../support/problems';
import { loadBalancerSourceRangesAnnotationFix } from './fix';
import { ADVICE, CIDRS, REMOVE_OR_LOAD_BALANCER } from './texts';

const ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const FIELD = `metadata.annotations[${ANNOTATION}]`;

/** The annotation's entry (`target`), which the fix removes from a Service of another type. */
export type LoadBalancerSourceRangesAnnotationProblem = Problem<
  { readonly type: string; readonly annotation: string } | { readonly annotation: string; readonly item: string },
  Entry
>;

/**
 * L3: the legacy source-ranges annotation, checked only when `spec.loadBalancerSourceRanges` is empty
 * (`ValidateService`): present on a non-LoadBalancer Service (even empty) → Forbidden; each comma-separated
 * item, trimmed, must be a CIDR, all reported at the annotation's path. Empty or blank is fine on a LoadBalancer.
 */
export const loadBalancerSourceRangesAnnotation = defineRule<LoadBalancerSourceRangesAnnotationProblem>({
  id: 'load-balancer-source-ranges-annotation',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: `The ${ANNOTATION} annotation is only for type LoadBalancer and must list CIDRs.`,
  advice: ADVICE,
  check(ctx) {
    const service = decodeService(ctx.object);
    if (!isEmpty(get(service.spec, 'loadBalancerSourceRanges'))) return;
    const annotations = get(service.root, 'metadata', 'annotations');
    const pair = pairOf(annotations, ANNOTATION);
    const node = pair?.value;
    // `~` decodes as "" but keeps the key; any other non-string is a decoding error.
    if (!pair || !isScalar(node) || goString(node) === undefined) return;
    if (service.effectiveType !== 'LoadBalancer') {
      const problem = loadBalancerOnly(FIELD, service, pair, REMOVE_OR_LOAD_BALANCER, annotations);
      ctx.report({ ...problem, data: { type: service.effectiveType, annotation: ANNOTATION } });
    }
    checkItems(ctx, node);
  },
  fix: loadBalancerSourceRangesAnnotationFix,
});

function checkItems(ctx: RuleContext<LoadBalancerSourceRangesAnnotationProblem>, node: LScalar): void {
  const text = goTrimSpace(goString(node) ?? '');
  if (text === '') return;
  for (const item of text.split(',')) {
    const value = goTrimSpace(item);
    invalidEach(isValidSourceRangeCIDR(value), {
      field: FIELD,
      span: node.span,
      value,
      advice: CIDRS,
      data: { annotation: ANNOTATION, item: value },
    }).forEach((problem) => ctx.report(problem));
  }
}
