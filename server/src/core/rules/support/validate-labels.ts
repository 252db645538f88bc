import type { LNode } from '../../parse/located-node';
import { isQualifiedName, isValidLabelValue } from '../../validation';
import { stringMapEntries } from '../../model/decoded';
import type { Advice, Problem } from '../rule';

const KEY_ADVICE: Advice = (l10n) =>
  l10n.t('a label key is an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit');
const VALUE_ADVICE: Advice = (l10n) =>
  l10n.t('a label value is empty or at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit');

/**
 * Port of `ValidateLabels` (apimachinery meta/v1/validation): per entry, one Invalid error per message of
 * IsQualifiedName on the key (value: the key), then one per message of IsValidLabelValue on the value (value: the
 * value). Every error carries the map's own path, with no key suffix.
 */
export function validateLabels(node: LNode | undefined, field: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of stringMapEntries(node)) {
    for (const detail of isQualifiedName(entry.key)) {
      problems.push({
        field,
        type: 'Invalid',
        span: entry.keySpan,
        value: entry.key,
        detail,
        advice: KEY_ADVICE,
        data: { key: entry.key },
      });
    }
    for (const detail of isValidLabelValue(entry.value)) {
      problems.push({
        field,
        type: 'Invalid',
        span: entry.valueSpan,
        value: entry.value,
        detail,
        advice: VALUE_ADVICE,
        data: { key: entry.key, value: entry.value },
      });
    }
  }
  return problems;
}
