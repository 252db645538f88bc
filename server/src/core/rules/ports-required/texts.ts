import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Add at least one entry to `spec.ports`, or make the Service headless with `clusterIP: None`.');

export const ADD_A_PORT = 'list at least one port, or make the Service headless with `clusterIP: None`';
