import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Remove `clusterIP`, `clusterIPs`, `ipFamilies` and `ipFamilyPolicy` from the ExternalName Service.');

export const NO_CLUSTER_IP: Advice = (l10n) => l10n.t('remove clusterIP and clusterIPs: an ExternalName Service has no cluster IP');
export const REMOVE_IP_FAMILIES: Advice = (l10n) => l10n.t('remove ipFamilies: an ExternalName Service has no IP family');
export const REMOVE_IP_FAMILY_POLICY: Advice = (l10n) =>
  l10n.t('remove ipFamilyPolicy: an ExternalName Service has no IP family');
