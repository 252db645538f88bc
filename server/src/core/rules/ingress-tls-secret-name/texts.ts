import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Set `secretName` to the name of a TLS Secret in the Ingress namespace (a lowercase DNS subdomain), or leave it out.');

export const SECRET_NAME: Advice = (l10n) => l10n.t('use the metadata.name of a Secret of type kubernetes.io/tls, e.g. shop-tls');
