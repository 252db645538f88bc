import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Set `timeoutSeconds` from 1 to 86400, or leave it out for the default of 10800.');

export const TIMEOUT_RANGE = 'use a timeout from 1 to 86400 seconds, or leave it out for the default of 10800 (3 hours)';
