import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a different `port` number (or protocol) for each entry.');

export function alreadyExposed(first: number, protocol: string, port: number): Advice {
  return (l10n) => l10n.t('spec.ports[{0}] already exposes {1} port {2}; use another port number', first, protocol, port);
}
