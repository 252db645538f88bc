import { visibleValueSpan } from '../../model/decoded';
import { decodeIngress } from '../../model/ingress';
import { nameIsDNSSubdomain } from '../../validation';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { ADVICE, SECRET_NAME } from './texts';

/** `validateIngressTLS`: a TLS secretName, when set, is a valid Secret name (`ValidateSecretName`, a DNS subdomain). */
export const ingressTlsSecretName = defineRule({
  id: 'ingress-tls-secret-name',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress TLS secretName, when set, is a valid Secret name.',
  advice: ADVICE,
  check({ object, report }) {
    for (const tls of decodeIngress(object).tls ?? []) {
      const secretName = tls.secretName;
      if (!secretName || secretName.value === '') continue;
      const base = { field: `${tls.path}.secretName`, span: visibleValueSpan(secretName, tls.node), value: secretName.value };
      invalidEach(nameIsDNSSubdomain(secretName.value, false), { ...base, advice: SECRET_NAME }).forEach(report);
    }
  },
});
