import { decodeIngress } from '../../model/ingress';
import { defineRule } from '../rule';
import { hostErrors } from '../support/ingress-host';
import { invalidEach } from '../support/problems';
import { ADVICE, TLS_HOST_FORMAT } from './texts';

/** `validateIngressTLS`: every TLS host is a DNS-1123 subdomain, or a wildcard one when it holds a `*`. */
export const ingressTlsHost = defineRule({
  id: 'ingress-tls-host',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress TLS host is a DNS name (at most one leading *.).',
  advice: ADVICE,
  check({ object, report }) {
    for (const tls of decodeIngress(object).tls ?? []) {
      (tls.hosts?.value ?? []).forEach((host, index) => {
        const span = host.node?.span ?? tls.node.span;
        const field = `${tls.path}.hosts[${index}]`;
        invalidEach(hostErrors(host.value), { field, span, value: host.value, advice: TLS_HOST_FORMAT }).forEach(report);
      });
    }
  },
});
