import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Remove `allocateLoadBalancerNodePorts`, or change the type to `LoadBalancer`.');

export const REMOVE_OR_LOAD_BALANCER = 'remove allocateLoadBalancerNodePorts, or make the Service type LoadBalancer';
