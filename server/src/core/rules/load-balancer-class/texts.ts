import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `loadBalancerClass` only with `type: LoadBalancer`, as a prefixed name such as `example.com/internal-vip`.');

export const REMOVE_OR_LOAD_BALANCER = 'remove loadBalancerClass, or make the Service type LoadBalancer';
export const PREFIXED_NAME = 'name the load balancer implementation with a prefixed name such as example.com/internal-vip';
