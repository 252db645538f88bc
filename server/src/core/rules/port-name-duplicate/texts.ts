import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give each port its own `name`.');

export function alreadyNamed(first: number): Advice {
  return (l10n) => l10n.t('spec.ports[{0}] already has this name; give every port its own name', first);
}
