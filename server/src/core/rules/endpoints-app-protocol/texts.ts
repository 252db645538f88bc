import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use a name such as `http` or `kubernetes.io/h2c`, a prefixed one such as `example.com/my-protocol`, or leave `appProtocol` out.',
  ko: '`http`, `kubernetes.io/h2c` 같은 이름이나 `example.com/my-protocol` 같은 접두사 붙은 이름을 쓰거나, `appProtocol`을 빼세요.',
};

export const QUALIFIED_NAME = "use a name like 'http', 'kubernetes.io/h2c' or 'example.com/my-protocol', or leave appProtocol out";
