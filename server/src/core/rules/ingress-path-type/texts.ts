import type { Advice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Give every Ingress path a `pathType`: `Prefix`, `Exact` or `ImplementationSpecific`.');

export const SET_PATH_TYPE: Advice = (l10n) => l10n.t('networking.k8s.io/v1 has no default: add pathType: Prefix (or Exact, ImplementationSpecific)');
export const SUPPORTED: Advice = (l10n) => l10n.t('use Prefix, Exact or ImplementationSpecific');

export function caseSensitive(suggestion: string): Advice {
  return writeInItsCase(suggestion, 'pathType');
}
