import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `Cluster` or `Local`, and only on NodePort or LoadBalancer Services or Services with `externalIPs`.');

export const NOT_EXTERNAL =
  'remove externalTrafficPolicy; it applies only to NodePort and LoadBalancer Services or to externalIPs';
export const SUPPORTED = 'use Cluster (the default) or Local, which keeps the client source IP';
