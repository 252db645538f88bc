import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use an IANA name such as `http`, or a prefixed name such as `kubernetes.io/h2c` or `example.com/my-protocol`.',
  ko: '`http` 같은 IANA 이름이나, `kubernetes.io/h2c`·`example.com/my-protocol` 같은 접두사 붙은 이름을 쓰세요.',
};

export const QUALIFIED_NAME =
  'use an IANA service name such as "http", or a prefixed name such as "example.com/my-protocol"';
