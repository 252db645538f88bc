import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Write Ingress paths as absolute paths (`/api`); Prefix and Exact paths may not contain `//`, `/./`, `/../` or `%2f`, nor end in `/.` or `/..`.');

export const ABSOLUTE: Advice = (l10n) => l10n.t('start the path with /');
export const NORMALISED: Advice = (l10n) => l10n.t('write the path in its normal form: no empty, . or .. segments and no encoded /');
