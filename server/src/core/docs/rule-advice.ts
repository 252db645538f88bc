import type { Localizer } from '../l10n';
import { ALL_RULES } from '../rules/registry';

/** The notes that are no rule of the registry: a YAML syntax error, a file too large to check. */
const NOTE_ADVICE: Readonly<Record<string, (l10n: Localizer) => string>> = {
  'yaml-syntax': (l10n) =>
    l10n.t('Fix the YAML syntax first: indent with spaces, line up the keys of a map, and quote values that contain `: ` or start with a special character.'),
  'file-too-large': (l10n) =>
    l10n.t('Raise `kubeSvc.maxFileSize` (`maxFileSize` in `.kube-svc.json` for the command line) to check it, or split it into smaller files.'),
};

/** The advice of an object or file rule (from its folder's `texts.ts`) or of a note, by id; undefined for others. */
export function ruleAdvice(id: string, l10n: Localizer): string | undefined {
  const advice = NOTE_ADVICE[id] ?? ALL_RULES.find((rule) => rule.id === id)?.advice;
  return advice?.(l10n);
}
