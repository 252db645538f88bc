import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `loadBalancerSourceRanges` only with `type: LoadBalancer`, and write each range as a CIDR such as `203.0.113.0/24`.');

export const REMOVE_OR_LOAD_BALANCER = 'remove loadBalancerSourceRanges, or make the Service type LoadBalancer';
export const CIDR = 'write a source range as a CIDR such as 203.0.113.0/24 or 2001:db8::/64';
