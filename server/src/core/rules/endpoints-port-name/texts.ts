import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: "Name every port of the subset with a lowercase DNS label equal to the Service port's `name`.",
  ko: '서브셋의 모든 포트에 서비스 포트의 `name`과 같은 소문자 DNS 레이블 이름을 붙이세요.',
};

export const NAME_EVERY_PORT = 'a subset with more than one port must name every port';
export const DNS_LABEL = "use a lowercase DNS label: letters, digits and '-', at most 63 characters";
