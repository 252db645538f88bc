import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use an IANA name such as `http`, or a prefixed name such as `kubernetes.io/h2c` or `example.com/my-protocol`.');

export const QUALIFIED_NAME =
  'use an IANA service name such as "http", or a prefixed name such as "example.com/my-protocol"';
