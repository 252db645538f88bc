import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Remove `clusterIP: None`, or change the type to `ClusterIP` if you want a headless Service.');

export const REMOVE_NONE = 'remove clusterIP: None, or make the Service a ClusterIP Service to keep it headless';
