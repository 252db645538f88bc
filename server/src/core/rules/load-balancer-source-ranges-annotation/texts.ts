import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use the source-ranges annotation only with `type: LoadBalancer`, as comma-separated CIDRs.');

export const REMOVE_OR_LOAD_BALANCER = 'remove the annotation, or make the Service type LoadBalancer';
export const CIDRS =
  'list comma-separated CIDRs such as 203.0.113.0/24,198.51.100.0/24, or use spec.loadBalancerSourceRanges';
