import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Add at least one entry to `addresses` or `notReadyAddresses` of the subset, or remove the subset.',
  ko: '서브셋의 `addresses`나 `notReadyAddresses`에 주소를 하나 이상 넣거나, 서브셋을 지우세요.',
};

export const ADD_AN_ADDRESS = 'list at least one address (or notReadyAddress) in this subset, or remove the subset';
