import type { Localizer } from '../l10n';
import type { Entry } from '../model/decoded';
import { removeEntry } from './remove-field';
import { intendedServiceType, isHeadless, specMap } from './fix-targets';
import { ASK, fixOf } from './fix';
import type { Fix, FixProvider } from './fix';
import { setKey } from './yaml-edits';

/** What the fix of a LoadBalancer-only field reads of its problem: the error type and the entry the check found. */
export interface LoadBalancerOnlyProblem {
  readonly type: string;
  readonly target?: Entry;
}

/**
 * A LoadBalancer-only field on another type: remove it, or make the Service a LoadBalancer. Which one was meant is
 * not known, so neither is applied by fix-all. No fix when the type only has the wrong case (`loadbalancer`): the
 * type's own fix is the answer.
 */
export function loadBalancerOnlyFix<P extends LoadBalancerOnlyProblem>(
  field: string,
  removeTitle: (l10n: Localizer) => string = (l10n) => l10n.t('Remove {0}', field),
): FixProvider<P> {
  return ({ text, object, problem, l10n }): Fix[] => {
    if (problem.type !== 'Forbidden' || intendedServiceType(object) === 'LoadBalancer') return [];
    const spec = specMap(object);
    const changeType = spec && !isHeadless(object) ? setKey(text, spec, 'type', 'LoadBalancer') : [];
    return [
      ...fixOf(removeTitle(l10n), removeEntry(text, problem.target), ASK),
      ...fixOf(l10n.t('Change type to LoadBalancer'), changeType, ASK),
    ];
  };
}
