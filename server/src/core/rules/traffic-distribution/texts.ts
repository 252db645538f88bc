import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `PreferSameZone`, `PreferSameNode` or `PreferClose` (the only one before Kubernetes 1.34), or remove it.');

export const SUPPORTED =
  'use PreferSameZone, PreferSameNode or PreferClose (clusters before 1.34 accept only PreferClose), or remove it';
