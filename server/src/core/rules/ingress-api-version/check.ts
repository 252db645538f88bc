import { REMOVED_INGRESS_API_VERSIONS } from '../../model/k8s-object';
import { pairOf } from '../../parse/located-node';
import { defineRule } from '../rule';
import { ADVICE, MOVE_TO_V1, notServed } from './texts';

/**
 * extensions/v1beta1 and networking.k8s.io/v1beta1 Ingress were removed in Kubernetes 1.22: a current cluster has
 * no such resource, and kube-svc checks only networking.k8s.io/v1. An info, not an error: the manifest may be meant
 * for an older cluster, and nothing else is checked in it.
 */
export const ingressApiVersion = defineRule({
  id: 'ingress-api-version',
  kinds: ['Ingress'],
  apiVersions: REMOVED_INGRESS_API_VERSIONS,
  origin: 'validation',
  severity: 'info',
  description: 'Ingress in extensions/v1beta1 or networking.k8s.io/v1beta1 is not served since Kubernetes 1.22.',
  advice: ADVICE,
  check({ object, report }) {
    const pair = pairOf(object.root, 'apiVersion');
    if (!pair) return;
    report({
      field: 'apiVersion',
      type: 'NotSupported',
      span: pair.value.span,
      value: object.apiVersion,
      detail: notServed(object.apiVersion),
      advice: MOVE_TO_V1,
    });
  },
});
