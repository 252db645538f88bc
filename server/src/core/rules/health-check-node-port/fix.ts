import { intendedServiceType, intendedValue } from '../../fixes/fix-targets';
import { removeEntry } from '../../fixes/remove-field';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { TRAFFIC_POLICIES } from '../../model/enums';
import { get } from '../../parse/located-node';
import type { HealthCheckNodePortProblem } from './check';

/**
 * health-check-node-port: on a Service that is not a LoadBalancer with `externalTrafficPolicy: Local`, "Remove
 * healthCheckNodePort" is offered (the author may rather have meant that policy). Nothing when the type and
 * policy only have the wrong case: their own fixes make it valid.
 */
export const healthCheckNodePortFix: FixProvider<HealthCheckNodePortProblem> = ({ text, object, problem, l10n }) => {
  if (problem.data?.type === undefined) return [];
  const policy = intendedValue(get(object.root, 'spec', 'externalTrafficPolicy'), TRAFFIC_POLICIES);
  if (intendedServiceType(object) === 'LoadBalancer' && policy === 'Local') return [];
  return fixOf(l10n.t('Remove healthCheckNodePort'), removeEntry(text, problem.target), PREFERRED_ASK);
};
