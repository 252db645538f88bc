import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `port` to the number the backends listen on, from 1 to 65535.',
  ko: '`port`에는 백엔드가 리슨하는 1~65535 사이의 번호를 쓰세요.',
};

export const PORT_NUMBER = 'set port to the number the backends listen on, from 1 to 65535';
