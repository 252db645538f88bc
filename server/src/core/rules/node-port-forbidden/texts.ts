import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Remove `nodePort`, or change the type to `NodePort` or `LoadBalancer`.');

export const REMOVE_OR_NODE_PORT =
  'remove nodePort, or set `type: NodePort` (or LoadBalancer) to expose the port on every node';
