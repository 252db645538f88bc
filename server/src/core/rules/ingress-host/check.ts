import { visibleValueSpan } from '../../model/decoded';
import { decodeIngress } from '../../model/ingress';
import { parseIP } from '../../validation';
import { defineRule } from '../rule';
import { hostErrors } from '../support/ingress-host';
import { invalidEach } from '../support/problems';
import { ADVICE, DNS_NAME, HOST_FORMAT } from './texts';

/**
 * `validateIngressRules`: a rule's host, when set, is not an IP address and is a DNS-1123 subdomain, or a
 * wildcard one (`*.` then a subdomain) when it holds a `*`.
 */
export const ingressHost = defineRule({
  id: 'ingress-host',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress rule host is a DNS name (at most one leading *.), not an IP address.',
  advice: ADVICE,
  check({ object, report }) {
    for (const rule of decodeIngress(object).rules ?? []) {
      const host = rule.host;
      if (!host || host.value === '') continue;
      const base = { field: `${rule.path}.host`, span: visibleValueSpan(host, rule.node), value: host.value };
      if (parseIP(host.value)) report({ ...base, type: 'Invalid', detail: 'must be a DNS name, not an IP address', advice: DNS_NAME });
      invalidEach(hostErrors(host.value), { ...base, advice: HOST_FORMAT }).forEach(report);
    }
  },
});
