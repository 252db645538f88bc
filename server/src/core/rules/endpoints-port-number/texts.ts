import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Set `port` to the number the backends listen on, from 1 to 65535.');

export const PORT_NUMBER = 'set port to the number the backends listen on, from 1 to 65535';
