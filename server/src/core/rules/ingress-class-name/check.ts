import { stringMapEntries, visibleValueSpan } from '../../model/decoded';
import { decodeIngress } from '../../model/ingress';
import { get } from '../../parse/located-node';
import { nameIsDNSSubdomain } from '../../validation';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { ADVICE, CLASS_NAME, SAME_CLASS } from './texts';

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/**
 * `ValidateIngressSpec` and `ValidateIngressCreate`: `ingressClassName`, when set, is a DNS-1123 subdomain, and the
 * deprecated class annotation, when both are set, equals it. Upstream names the annotation's path
 * `annotations.kubernetes.io/ingress.class` (without `metadata.`); so do we.
 */
export const ingressClassName = defineRule({
  id: 'ingress-class-name',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'ingressClassName is a DNS subdomain, and equals the kubernetes.io/ingress.class annotation when both are set.',
  advice: ADVICE,
  check({ object, report }) {
    const className = decodeIngress(object).ingressClassName;
    const value = className?.value;
    if (!className || value === undefined) return;
    const span = visibleValueSpan(className, object.root);
    invalidEach(nameIsDNSSubdomain(value, false), { field: 'spec.ingressClassName', span, value, advice: CLASS_NAME }).forEach(report);
    // Go keeps a map key's last value.
    const annotation = stringMapEntries(get(object.root, 'metadata', 'annotations'))
      .filter((entry) => entry.key === CLASS_ANNOTATION)
      .pop();
    if (!annotation || annotation.value === value) return;
    report({
      field: `annotations.${CLASS_ANNOTATION}`,
      type: 'Invalid',
      span: annotation.valueSpan,
      value: annotation.value,
      detail: 'must match `ingressClassName` when both are specified',
      advice: SAME_CLASS,
    });
  },
});
