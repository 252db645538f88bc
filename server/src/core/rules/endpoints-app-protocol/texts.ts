import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a name such as `http` or `kubernetes.io/h2c`, a prefixed one such as `example.com/my-protocol`, or leave `appProtocol` out.');

export const QUALIFIED_NAME = "use a name like 'http', 'kubernetes.io/h2c' or 'example.com/my-protocol', or leave appProtocol out";
