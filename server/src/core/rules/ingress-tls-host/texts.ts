import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Write each `spec.tls[].hosts` entry as a lowercase DNS name, optionally with one leading `*.`.');

export const TLS_HOST_FORMAT: Advice = (l10n) => l10n.t('a lowercase DNS name the certificate covers, e.g. shop.example.com or *.example.com');
