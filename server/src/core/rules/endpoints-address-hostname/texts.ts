import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a lowercase DNS label for `hostname`, without dots, or leave it out.');

export const DNS_LABEL = "use a lowercase DNS label: letters, digits and '-', at most 63 characters, no dots";
