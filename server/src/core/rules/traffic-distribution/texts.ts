import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `PreferSameZone`, `PreferSameNode` or `PreferClose` (the only one before Kubernetes 1.34), or remove it.',
  ko: '`PreferSameZone`, `PreferSameNode`, `PreferClose`(Kubernetes 1.34 이전에는 이것만 가능) 중 하나를 쓰거나 필드를 지우세요.',
};

export const SUPPORTED =
  'use PreferSameZone, PreferSameNode or PreferClose (clusters before 1.34 accept only PreferClose), or remove it';
