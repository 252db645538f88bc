import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isScalar } from '../../parse/located-node';
import type { FieldTypeProblem } from './check';

/**
 * field-type: a string field whose plain value YAML reads as a number or boolean (`version: 1.10`, `enabled: yes`)
 * gets quotes around exactly what was written; an int or bool field written in quotes (`port: "80"`) loses them.
 */
export const fieldTypeFix: FixProvider<FieldTypeProblem> = ({ text, problem, l10n }) => {
  const node = problem.target;
  if (!isScalar(node)) return [];
  const { span } = node;
  if (problem.data?.fix === 'quote' && !node.quoted) {
    const written = text.slice(span.start, span.end);
    if (/[\r\n]/.test(written) || written === '') return [];
    return fixOf(l10n.t('Quote the value: "{0}"', written), [{ span, newText: JSON.stringify(written) }], SAFE);
  }
  const replacement = problem.data?.replacement;
  if (problem.data?.fix === 'unquote' && node.quoted && replacement !== undefined) {
    return fixOf(l10n.t('Remove the quotes: {0}', replacement), [{ span, newText: replacement }], SAFE);
  }
  return [];
};
