import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Rename the port with lowercase letters, digits and `-` only, starting and ending with a letter or digit.');

export const DNS_LABEL = 'use lowercase letters, digits and "-" only, starting and ending with a letter or digit';
