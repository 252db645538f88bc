import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `ClientIP` for sticky sessions or `None` (the default).',
  ko: '고정 세션이 필요하면 `ClientIP`를, 아니면 `None`(기본값)을 쓰세요.',
};

export const SUPPORTED = 'use ClientIP for sticky sessions or None (the default); the value is case-sensitive';
