import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Give the object a `metadata.name` that is valid for its kind: for a Service, a lowercase DNS label starting with a letter.');

export const GIVE_A_NAME: Advice = (l10n) => l10n.t('give the object a metadata.name');

/** What to do about a name the kind's name function refuses. */
export function nameAdvice(kind: string): Advice {
  return (l10n) =>
    kind === 'Service'
      ? l10n.t('a Service name is at most 63 lower-case letters, digits or "-", starting with a letter and ending with a letter or digit')
      : kind === 'Ingress'
        ? l10n.t('an Ingress name is at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit')
        : l10n.t('an Endpoints name is at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit');
}

export function generatedNameInvalid(advice: Advice): Advice {
  return (l10n) =>
    l10n.t('the API server names the object generateName plus 5 random characters, and that name is invalid: {0}', advice(l10n));
}
