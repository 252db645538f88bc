import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give every port a unique `name`, because the Service has more than one port.');

export const NAME_EVERY_PORT = 'a Service with more than one port must name every port';
