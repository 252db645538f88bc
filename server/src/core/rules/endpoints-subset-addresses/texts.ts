import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Add at least one entry to `addresses` or `notReadyAddresses` of the subset, or remove the subset.');

export const ADD_AN_ADDRESS = 'list at least one address (or notReadyAddress) in this subset, or remove the subset';
