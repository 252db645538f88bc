import { decodeIngress } from '../../model/ingress';
import { nameIsDNSSubdomain } from '../../validation';
import { defineRule } from '../rule';
import { invalidField } from '../support/problems';
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
      if (tls.secretName?.value === '') continue;
      invalidField(tls, 'secretName', tls.secretName, isSecretName, SECRET_NAME).forEach(report);
    }
  },
});

/** `ValidateSecretName`: a Secret's name, not a prefix. */
function isSecretName(value: string): string[] {
  return nameIsDNSSubdomain(value, false);
}
