import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `Cluster` (the default) or `Local`.');

export const SUPPORTED =
  'use Cluster (the default) or Local, which routes in-cluster traffic only to endpoints on the same node';
