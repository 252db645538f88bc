import type { Localizer } from '../l10n';

/** The rule id of the warning a key written twice in one map gets. */
export const YAML_DUPLICATE_KEY_RULE = 'yaml-duplicate-key';

export const YAML_DUPLICATE_KEY_DESCRIPTION =
  'A mapping key written twice: kubectl keeps the last value and drops the first without a word.';

/** `line` and `keptLine` are 1-based lines of the file. */
export function duplicateKeyMessage(l10n: Localizer, key: string, line: number, keptLine: number): string {
  return l10n.t('`{0}` is written twice: the first value (line {1}) is dropped; kubectl keeps the one at line {2}', key, line, keptLine);
}

/**
 * What follows the first syntax error of a document: kubectl stops there (`error converting YAML to JSON: yaml:
 * line N: …`), and the errors after it often only follow from it. `line` is 1-based.
 */
export function firstErrorNote(l10n: Localizer, line: number, more: number): string {
  if (more === 0) return l10n.t(' (kubectl stops here: error converting YAML to JSON: yaml: line {0})', line);
  if (more === 1) {
    return l10n.t(' (kubectl stops here: error converting YAML to JSON: yaml: line {0}; 1 more error after it in this document, which may follow from it, left out)', line);
  }
  return l10n.t(' (kubectl stops here: error converting YAML to JSON: yaml: line {0}; {1} more errors after it in this document, which may follow from it, left out)', line, more);
}
