import { removeProblemField } from './remove-field';
import { intendedServiceType, isHeadless, specMap } from './fix-targets';
import { ASK, fixOf } from './fix';
import type { Fix, FixContext, FixProvider } from './fix';
import { setKey } from './yaml-edits';

/**
 * A LoadBalancer-only field on another type: remove it, or make the Service a LoadBalancer. Which one was meant is
 * not known, so neither is applied by fix-all. No fix when the type only has the wrong case (`loadbalancer`): the
 * type's own fix is the answer.
 */
export function loadBalancerOnlyFix(field: string): FixProvider {
  return (ctx: FixContext): Fix[] => {
    if (ctx.problem.type !== 'Forbidden' || intendedServiceType(ctx.object) === 'LoadBalancer') return [];
    const spec = specMap(ctx.object);
    const changeType = spec && !isHeadless(ctx.object) ? setKey(ctx.text, spec, 'type', 'LoadBalancer') : [];
    return [
      ...fixOf(`Remove ${field}`, removeProblemField(ctx), ASK),
      ...fixOf('Change type to LoadBalancer', changeType, ASK),
    ];
  };
}
