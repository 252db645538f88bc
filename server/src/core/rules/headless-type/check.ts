import { decodeService } from '../../model/service';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { headlessTypeFix } from './fix';
import { ADVICE, REMOVE_NONE } from './texts';

export type HeadlessTypeProblem = Problem<{ readonly index: number; readonly serviceType: string }>;

/**
 * H1: a headless Service (clusterIPs exactly `["None"]`, after `clusterIP: None` is copied into clusterIPs) cannot be
 * a LoadBalancer or NodePort: both need a cluster IP to forward to (`ValidateService`, the switch on type).
 */
export const headlessType = defineRule<HeadlessTypeProblem>({
  id: 'headless-type',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: "A LoadBalancer or NodePort Service cannot be headless (clusterIP: None).",
  advice: ADVICE,
  check({ object, report }) {
    const fields = decodeService(object).ips;
    if (!fields?.headless) return;
    if (fields.type !== 'LoadBalancer' && fields.type !== 'NodePort') return;
    const none = fields.clusterIPs[0];
    report({
      field: 'spec.clusterIPs[0]',
      type: 'Invalid',
      span: none.node.span,
      value: none.value,
      detail: `may not be set to 'None' for ${fields.type} services`,
      advice: REMOVE_NONE,
      data: { index: 0, serviceType: fields.type },
    });
  },
  fix: headlessTypeFix,
});
