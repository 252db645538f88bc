import { ALL_RULES } from '../rules/registry';
import type { Language } from './doc-types';

/** Each object and file rule's advice in one language, by rule id, from the rule's own `texts.ts`. */
export function ruleAdviceIn(language: Language): Readonly<Record<string, string>> {
  return Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.advice[language]]));
}
