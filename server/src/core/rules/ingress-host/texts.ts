import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Write an Ingress rule `host` as a lowercase DNS name (`shop.example.com`), optionally with one leading `*.`; no IP address, port or path.');

export const DNS_NAME: Advice = (l10n) => l10n.t('write a DNS name; leave host out to match every host');
export const HOST_FORMAT: Advice = (l10n) => l10n.t('a lowercase DNS name without port or path, e.g. shop.example.com or *.example.com');
