import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Remove `clusterIP`, `clusterIPs`, `ipFamilies` and `ipFamilyPolicy` from the ExternalName Service.',
  ko: 'ExternalName 서비스에서 `clusterIP`, `clusterIPs`, `ipFamilies`, `ipFamilyPolicy`를 지우세요.',
};

export const NO_CLUSTER_IP = 'remove clusterIP and clusterIPs: an ExternalName Service has no cluster IP';
export const NO_FAMILY = 'an ExternalName Service has no IP family';
