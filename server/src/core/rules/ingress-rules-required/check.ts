import { decodesAsStruct } from '../../model/decoded';
import { decodeIngress } from '../../model/ingress';
import { pairOf } from '../../parse/located-node';
import { defineRule } from '../rule';
import { ADD_RULES, ADVICE } from './texts';

/**
 * `ValidateIngressSpec`: an Ingress with no rules and no default backend routes nothing. The bad value is
 * `spec.Rules` as Go's `%#v` prints it: nil when absent or null, empty when written `[]`.
 */
export const ingressRulesRequired = defineRule({
  id: 'ingress-rules-required',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress needs spec.rules or spec.defaultBackend.',
  advice: ADVICE,
  check({ object, report }) {
    const ingress = decodeIngress(object);
    if (!decodesAsStruct(ingress.spec) || !ingress.rules || ingress.rules.length > 0 || ingress.defaultBackend) return;
    // A defaultBackend the decoder refuses refuses the object before validation.
    if (!decodesAsStruct(pairOf(ingress.spec, 'defaultBackend')?.value)) return;
    const rulesPair = pairOf(ingress.spec, 'rules');
    const written = rulesPair !== undefined && rulesPair.value.kind === 'seq';
    const specPair = pairOf(object.root, 'spec');
    report({
      field: 'spec',
      type: 'Invalid',
      span: rulesPair?.span ?? specPair?.keySpan ?? object.root.span,
      value: { goSyntax: written ? '[]networking.IngressRule{}' : '[]networking.IngressRule(nil)' },
      detail: 'either `defaultBackend` or `rules` must be specified',
      advice: ADD_RULES,
    });
  },
});
