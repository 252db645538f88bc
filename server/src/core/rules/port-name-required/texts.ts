import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Give every port a unique `name`, because the Service has more than one port.',
  ko: '서비스에 포트가 여러 개이므로 모든 포트에 고유한 `name`을 붙이세요.',
};

export const NAME_EVERY_PORT = 'a Service with more than one port must name every port';
