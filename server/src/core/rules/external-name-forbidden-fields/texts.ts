import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Remove `clusterIP`, `clusterIPs`, `ipFamilies` and `ipFamilyPolicy` from the ExternalName Service.');

export const NO_CLUSTER_IP = 'remove clusterIP and clusterIPs: an ExternalName Service has no cluster IP';
export const NO_FAMILY = 'an ExternalName Service has no IP family';
