import { isValidPortName, repairPortName } from '../../fixes/port-names';
import { replaceScalar } from '../../fixes/yaml-edits';
import { scalarAt } from '../../fixes/fix-targets';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * endpoints-port-name: an invalid name is repaired as a Service port name is (lowercased, other characters as
 * `-`), so it keeps matching the Service's port once that is fixed the same way. A missing name has no fix: it must
 * be the Service port's name, which the Endpoints object does not know.
 */
export const endpointsPortNameFix: FixProvider = ({ text, object, problem }) => {
  if (problem.type !== 'Invalid') return [];
  const target = scalarAt(object, problem.span);
  const value = target?.node.value;
  if (!target || typeof value !== 'string') return [];
  const repaired = repairPortName(value);
  if (!isValidPortName(repaired) || repaired === value) return [];
  return fixOf(`Rename port to '${repaired}'`, replaceScalar(text, target.node, repaired), SAFE);
};
