import type { Rule } from '../rule';
import { serviceIPFields } from '../../model/service-ip-fields';

/**
 * H1: a headless Service (clusterIPs exactly `["None"]`, after `clusterIP: None` is copied into clusterIPs) cannot be
 * a LoadBalancer or NodePort: both need a cluster IP to forward to (`ValidateService`, the switch on type).
 */
export const headlessType: Rule = {
  id: 'headless-type',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: "A LoadBalancer or NodePort Service cannot be headless (clusterIP: None).",
  check({ object, report }) {
    const fields = serviceIPFields(object);
    if (!fields?.headless) return;
    if (fields.type !== 'LoadBalancer' && fields.type !== 'NodePort') return;
    const none = fields.clusterIPs[0];
    report({
      field: 'spec.clusterIPs[0]',
      type: 'Invalid',
      span: none.node.span,
      value: none.value,
      detail: `may not be set to 'None' for ${fields.type} services`,
      advice: `remove clusterIP: None, or make the Service a ClusterIP Service to keep it headless`,
      data: { index: 0, serviceType: fields.type },
    });
  },
};
