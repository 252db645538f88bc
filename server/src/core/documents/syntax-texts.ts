import type { Language } from '../docs/doc-types';

/** The rule id of the warning a key written twice in one map gets. */
export const YAML_DUPLICATE_KEY_RULE = 'yaml-duplicate-key';

export const YAML_DUPLICATE_KEY_DESCRIPTION =
  'A mapping key written twice: kubectl keeps the last value and drops the first without a word.';

/** `line` and `keptLine` are 1-based lines of the file. */
export function duplicateKeyMessage(key: string, line: number, keptLine: number, language: Language): string {
  return language === 'ko'
    ? `\`${key}\`이(가) 두 번 쓰였습니다. 첫 번째 값(${line}행)은 버려지고 kubectl은 ${keptLine}행의 값을 씁니다`
    : `\`${key}\` is written twice: the first value (line ${line}) is dropped; kubectl keeps the one at line ${keptLine}`;
}

/**
 * What follows the first syntax error of a document: kubectl stops there (`error converting YAML to JSON: yaml:
 * line N: …`), and the errors after it often only follow from it. `line` is 1-based.
 */
export function firstErrorNote(line: number, more: number, language: Language): string {
  if (language === 'ko') {
    const rest = more === 0 ? '' : `; 이 문서의 뒤따르는 오류 ${more}개는 이 오류에서 비롯될 수 있어 생략했습니다`;
    return ` (kubectl은 여기서 멈춥니다: error converting YAML to JSON: yaml: line ${line}${rest})`;
  }
  const errors = more === 1 ? 'error' : 'errors';
  const rest = more === 0 ? '' : `; ${more} more ${errors} after it in this document, which may follow from it, left out`;
  return ` (kubectl stops here: error converting YAML to JSON: yaml: line ${line}${rest})`;
}
