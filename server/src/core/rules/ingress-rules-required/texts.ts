import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Give the Ingress `spec.rules` (hosts and paths) or a `spec.defaultBackend`.');

export const ADD_RULES: Advice = (l10n) => l10n.t('add spec.rules (a host and its http.paths) or spec.defaultBackend');
