import { replaceScalar } from '../../fixes/yaml-edits';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isScalar } from '../../parse/located-node';
import type { MetadataNameProblem } from './check';

/**
 * metadata-name: the rule's suggestion (`My_Service` → `my-service`). Only offered: the name is the object's
 * identity, and other objects may refer to it.
 */
export const metadataNameFix: FixProvider<MetadataNameProblem> = ({ text, problem, l10n }) => {
  const data = problem.data;
  const node = problem.target;
  if (!data || !('suggestion' in data) || data.suggestion === undefined || !isScalar(node)) return [];
  return fixOf(l10n.t("Rename to '{0}'", data.suggestion), replaceScalar(text, node, data.suggestion), PREFERRED_ASK);
};
