import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give the object a `metadata.name` that is valid for its kind: for a Service, a lowercase DNS label starting with a letter.');

export const GIVE_A_NAME = 'give the object a metadata.name';

/** What to do about a name the kind's name function refuses. */
export function nameAdvice(kind: string): string {
  return kind === 'Service'
    ? 'a Service name is at most 63 lower-case letters, digits or "-", starting with a letter and ending with a letter or digit'
    : `${kind === 'Ingress' ? 'an Ingress' : 'an Endpoints'} name is at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit`;
}

export function generatedNameInvalid(advice: string): string {
  return `the API server names the object generateName plus 5 random characters, and that name is invalid: ${advice}`;
}
