import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Give each Ingress backend exactly one of `service` (a Service name, lowercase DNS-1035 label) or `resource`.');

export const ONE_OF: Advice = (l10n) => l10n.t('keep either service or resource, not both');
export const NAME_A_BACKEND: Advice = (l10n) => l10n.t('set service.name and service.port (or a resource) for this backend');
export const SERVICE_NAME: Advice = (l10n) => l10n.t('set service.name to the name of the Service to route to');
export const SERVICE_NAME_FORMAT: Advice = (l10n) => l10n.t('a Service name is a lowercase DNS-1035 label (e.g. my-app), as metadata.name of the Service');
export const RESOURCE_FIELD: Advice = (l10n) => l10n.t('a resource backend names an object in the Ingress namespace: apiGroup, kind and name');
