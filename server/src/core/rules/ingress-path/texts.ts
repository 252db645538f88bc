import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Write Ingress paths as absolute paths (`/api`); Prefix and Exact paths may not contain `//`, `/./`, `/../` or `%2f`, nor end in `/.` or `/..`.',
  ko: 'Ingress 경로는 절대 경로(`/api`)로 쓰세요. Prefix와 Exact 경로에는 `//`, `/./`, `/../`, `%2f`가 들어갈 수 없고 `/.`, `/..`로 끝날 수 없습니다.',
};

export const ABSOLUTE = 'start the path with /';
export const NORMALISED = 'write the path in its normal form: no empty, . or .. segments and no encoded /';
