import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give both topology annotations the same value, or drop the deprecated `service.kubernetes.io/topology-aware-hints`.');

export function sameValue(deprecated: string): string {
  return `give both annotations the same value, or remove the deprecated ${deprecated}`;
}
