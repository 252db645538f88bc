import type { Localizer } from '../../l10n';

/** ingress-backend-service-missing's words, in both languages. */

export function onlyOwnNamespace(l10n: Localizer, name: string, namespace: string): string {
  return l10n.t('; a Service "{0}" exists in namespace "{1}", but an Ingress only reaches Services of its own namespace', name, namespace);
}

export function createOrFixTheName(l10n: Localizer, hint: string): string {
  return l10n.t('requests for this backend fail (503) until the Service exists: create it or fix the name; ignore this if the Service is deployed from outside the workspace{0}', hint);
}
