import { get } from '../../parse/located-node';
import { defineRule } from '../rule';
import { validateLabels } from '../support/validate-labels';
import { ADVICE } from './texts';

/**
 * S1: selector keys and values follow label syntax (`ValidateService` runs `ValidateLabels` on `spec.selector`
 * when it is not nil). An absent or empty selector is valid, on every type including ExternalName.
 */
export const selectorLabels = defineRule({
  id: 'selector-labels',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.selector keys must be qualified names and values valid label values.',
  advice: ADVICE,
  check({ object, report }) {
    for (const problem of validateLabels(get(object.root, 'spec', 'selector'), 'spec.selector')) report(problem);
  },
});
