import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use a domain-prefixed finalizer such as `example.com/cleanup`, or one of the standard ones.',
  ko: '`example.com/cleanup`처럼 도메인 접두사가 붙은 파이널라이저나 표준 파이널라이저를 쓰세요.',
};

export const DOMAIN_PREFIX = 'a finalizer is a qualified name with a domain prefix, e.g. example.com/cleanup';

export function keepEither(one: string, other: string): string {
  return `keep either ${one} or ${other}`;
}
