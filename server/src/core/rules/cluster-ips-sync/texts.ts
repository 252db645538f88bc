import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Make `clusterIP` equal to the first entry of `clusterIPs` (write it if it is missing), or remove `clusterIPs`.',
  ko: '`clusterIP`를 `clusterIPs`의 첫 번째 값과 같게 맞추거나(없으면 추가), `clusterIPs`를 지우세요.',
};

export const SET_CLUSTER_IP = 'set clusterIP to the first of clusterIPs as well, or remove clusterIPs';
export const MAKE_EQUAL = 'make clusterIP and the first of clusterIPs the same address';
