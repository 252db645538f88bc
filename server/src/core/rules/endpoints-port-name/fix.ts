import { isValidPortName, repairPortName } from '../../fixes/port-names';
import { replaceScalar } from '../../fixes/yaml-edits';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isScalar } from '../../parse/located-node';
import type { EndpointsPortNameProblem } from './check';

/**
 * endpoints-port-name: an invalid name is repaired as a Service port name is (lowercased, other characters as
 * `-`), so it keeps matching the Service's port once that is fixed the same way. A missing name has no fix: it must
 * be the Service port's name, which the Endpoints object does not know.
 */
export const endpointsPortNameFix: FixProvider<EndpointsPortNameProblem> = ({ text, problem, l10n }) => {
  const node = problem.target;
  if (problem.type !== 'Invalid' || !isScalar(node) || typeof node.value !== 'string') return [];
  const repaired = repairPortName(node.value);
  if (!isValidPortName(repaired) || repaired === node.value) return [];
  return fixOf(l10n.t("Rename port to '{0}'", repaired), replaceScalar(text, node, repaired), SAFE);
};
