import { isValidPortNum } from '../../validation';
import { replaceScalar } from '../../fixes/yaml-edits';
import { scalarAt } from '../../fixes/fix-targets';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * target-port: a quoted number (`targetPort: "8080"`) is a port name, and a name needs a letter, so it can only have
 * meant the number: the quotes go.
 */
export const targetPortFix: FixProvider = ({ text, object, problem }) => {
  const target = scalarAt(object, problem.span);
  const value = target?.node.value;
  if (!target || !target.node.quoted || typeof value !== 'string' || !/^\d{1,5}$/.test(value)) return [];
  const port = Number(value);
  if (isValidPortNum(port).length > 0) return [];
  return fixOf(`Write targetPort as the number ${port}`, replaceScalar(text, target.node, port), SAFE);
};
