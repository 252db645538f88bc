import { replaceScalar } from '../../fixes/yaml-edits';
import { scalarAt } from '../../fixes/fix-targets';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * metadata-name: the rule's suggestion (`My_Service` → `my-service`). Only offered: the name is the object's
 * identity, and other objects may refer to it.
 */
export const metadataNameFix: FixProvider = ({ text, object, problem }) => {
  const suggestion = problem.data?.suggestion;
  const target = scalarAt(object, problem.span);
  if (typeof suggestion !== 'string' || problem.data?.generated === true || !target) return [];
  const edits = replaceScalar(text, target.node, suggestion);
  return fixOf(`Rename to '${suggestion}'`, edits, PREFERRED_ASK);
};
