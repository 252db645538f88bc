import { scalarAt } from '../../fixes/fix-targets';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * field-type: a string field whose plain value YAML reads as a number or boolean (`version: 1.10`, `enabled: yes`)
 * gets quotes around exactly what was written; an int or bool field written in quotes (`port: "80"`) loses them.
 */
export const fieldTypeFix: FixProvider = ({ text, object, problem }) => {
  const target = scalarAt(object, problem.span);
  if (!target) return [];
  const { span } = target.node;
  if (problem.data?.fix === 'quote' && !target.node.quoted) {
    const written = text.slice(span.start, span.end);
    if (/[\r\n]/.test(written) || written === '') return [];
    return fixOf(`Quote the value: "${written}"`, [{ span, newText: JSON.stringify(written) }], SAFE);
  }
  const replacement = problem.data?.replacement;
  if (problem.data?.fix === 'unquote' && target.node.quoted && typeof replacement === 'string') {
    return fixOf(`Remove the quotes: ${replacement}`, [{ span, newText: replacement }], SAFE);
  }
  return [];
};
