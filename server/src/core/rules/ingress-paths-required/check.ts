import { decodeIngress } from '../../model/ingress';
import { pairOf } from '../../parse/located-node';
import { defineRule } from '../rule';
import { ADD_A_PATH, ADVICE } from './texts';

/** `validateHTTPIngressRuleValue`: a rule's `http` needs at least one path (`paths: Required value`). */
export const ingressPathsRequired = defineRule({
  id: 'ingress-paths-required',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress rule with http needs at least one path.',
  advice: ADVICE,
  check({ object, report }) {
    for (const rule of decodeIngress(object).rules ?? []) {
      const http = rule.http;
      if (!http?.paths || http.paths.length > 0) continue;
      const span = pairOf(http.pair.value, 'paths')?.span ?? http.pair.span;
      report({ field: `${rule.path}.http.paths`, type: 'Required', span, advice: ADD_A_PATH });
    }
  },
});
