import type { FileChecker } from '../documents/check-file';
import type { Localizer } from '../l10n';
import { RULE_IDS } from '../rules/rule-catalog';
import type { CheckSettings } from '../settings';
import { fileSuppressions } from '../suppression/file-suppressions';
import type { FileSuppressions } from '../suppression/file-suppressions';

/**
 * The suppressions of a file as its checker reads it (the analyses it has cached for the text): what the editor's
 * diagnostics and the CLI's findings both pass through, the file's own and the cross-resource ones alike.
 */
export function suppressionsOf(
  checker: FileChecker,
  text: string,
  settings: CheckSettings,
  l10n: Localizer,
): FileSuppressions {
  return fileSuppressions(checker.analyse(text), RULE_IDS, settings, l10n);
}
