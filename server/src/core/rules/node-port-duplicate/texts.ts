import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give each port its own `nodePort`, or leave them out to have them assigned.');

export function alreadyUsed(first: number, protocol: string, nodePort: number): string {
  return `spec.ports[${first}] already uses ${protocol} nodePort ${nodePort}; pick another or leave it out`;
}
