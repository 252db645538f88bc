import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use a lowercase DNS label for `hostname`, without dots, or leave it out.',
  ko: '`hostname`은 점(.) 없는 소문자 DNS 레이블로 쓰거나 빼세요.',
};

export const DNS_LABEL = "use a lowercase DNS label: letters, digits and '-', at most 63 characters, no dots";
