import { replaceScalar } from '../../fixes/yaml-edits';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isScalar } from '../../parse/located-node';
import { isValidPortNum } from '../../validation';
import type { TargetPortProblem } from './check';

/**
 * target-port: a quoted number (`targetPort: "8080"`) is a port name, and a name needs a letter, so it can only have
 * meant the number: the quotes go.
 */
export const targetPortFix: FixProvider<TargetPortProblem> = ({ text, problem, l10n }) => {
  const node = problem.target;
  if (!isScalar(node) || !node.quoted || typeof node.value !== 'string' || !/^\d{1,5}$/.test(node.value)) return [];
  const port = Number(node.value);
  if (isValidPortNum(port).length > 0) return [];
  return fixOf(l10n.t('Write targetPort as the number {0}', port), replaceScalar(text, node, port), SAFE);
};
