import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Set `healthCheckNodePort` only with `type: LoadBalancer` and `externalTrafficPolicy: Local`, and remove it otherwise.');

export const ONLY_FOR_LOCAL = 'remove healthCheckNodePort, or use type LoadBalancer with externalTrafficPolicy Local';
export const FROM_THE_RANGE = 'use a port from the node port range, or leave it out to have one allocated';
