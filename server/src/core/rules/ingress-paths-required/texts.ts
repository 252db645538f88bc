import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Give every Ingress rule with `http` at least one path, or remove `http`.');

export const ADD_A_PATH: Advice = (l10n) => l10n.t('add a path: - path: /, pathType: Prefix, backend: {service: {name, port}}');
