import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a different `port` number (or protocol) for each entry.');

export function alreadyExposed(first: number, protocol: string, port: number): string {
  return `spec.ports[${first}] already exposes ${protocol} port ${port}; use another port number`;
}
