import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a `port` number from 1 to 65535.');

export const PORT_RANGE = 'use a port number from 1 to 65535';
export const PORT_REQUIRED = 'every port needs a `port` number (1-65535)';
