import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give each port its own `name`.');

export function alreadyNamed(first: number): string {
  return `spec.ports[${first}] already has this name; give every port its own name`;
}
