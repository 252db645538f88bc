import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give each port its own `nodePort`, or leave them out to have them assigned.');

export function alreadyUsed(first: number, protocol: string, nodePort: number): Advice {
  return (l10n) => l10n.t('spec.ports[{0}] already uses {1} nodePort {2}; pick another or leave it out', first, protocol, nodePort);
}
