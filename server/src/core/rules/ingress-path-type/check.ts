import { apiServerOrder, PATH_TYPES } from '../../model/enums';
import { decodeIngress, ingressPaths } from '../../model/ingress';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { notSupported } from '../support/problems';
import { ingressPathTypeFix } from './fix';
import { ADVICE, SET_PATH_TYPE, SUPPORTED, caseSensitive } from './texts';

/** `supportedPathTypes.List()`, sorted. */
const SUPPORTED_PATH_TYPES = apiServerOrder(PATH_TYPES);

/** The written pathType (`target`), which the fix corrects the case of. */
export type IngressPathTypeProblem = Problem<{ readonly supported: readonly string[]; readonly suggestion?: string }, LNode>;

/**
 * `validateHTTPIngressPath`: `pathType` is required in networking.k8s.io/v1 (v1beta1 defaulted it) and one of
 * Exact, Prefix, ImplementationSpecific, case-sensitively.
 */
export const ingressPathType = defineRule<IngressPathTypeProblem>({
  id: 'ingress-path-type',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'Every Ingress path needs a pathType: Prefix, Exact or ImplementationSpecific (case-sensitive).',
  advice: ADVICE,
  check({ object, report }) {
    for (const path of ingressPaths(decodeIngress(object))) {
      const pathType = path.pathType;
      if (!pathType) continue;
      const field = `${path.path}.pathType`;
      if (pathType.value === undefined) {
        report({ field, type: 'Required', span: pathType.pair?.span ?? path.node.span, detail: 'pathType must be specified', advice: SET_PATH_TYPE });
        continue;
      }
      if (SUPPORTED_PATH_TYPES.includes(pathType.value) || !pathType.node) continue;
      const wanted = pathType.value.trim().toLowerCase();
      const suggestion = PATH_TYPES.find((known) => known.toLowerCase() === wanted);
      report({
        ...notSupported(field, pathType.node.span, pathType.value, SUPPORTED_PATH_TYPES, suggestion ? caseSensitive(suggestion) : SUPPORTED),
        data: { supported: SUPPORTED_PATH_TYPES, ...(suggestion ? { suggestion } : {}) },
        target: pathType.node,
      });
    }
  },
  fix: ingressPathTypeFix,
});
