import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Make `clusterIP` equal to the first entry of `clusterIPs` (write it if it is missing), or remove `clusterIPs`.');

export const SET_CLUSTER_IP = 'set clusterIP to the first of clusterIPs as well, or remove clusterIPs';
export const MAKE_EQUAL = 'make clusterIP and the first of clusterIPs the same address';
