import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `TCP`, `UDP` or `SCTP`, in upper case.');

export const PROTOCOL = 'use TCP, UDP or SCTP, in upper case';
