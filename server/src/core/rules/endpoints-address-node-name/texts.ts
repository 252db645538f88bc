import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use the name of a Node as `kubectl get nodes` lists it, or leave `nodeName` out.');

export const NODE_NAME = 'use the name of a Node as `kubectl get nodes` lists it, or leave nodeName out';
