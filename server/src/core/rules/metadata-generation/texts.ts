import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Remove `metadata.generation`: the API server maintains it.');

export const REMOVE_GENERATION = 'remove metadata.generation: the API server maintains it';
