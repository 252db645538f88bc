import { get } from '../../parse/located-node';
import { intendedServiceType, intendedValue } from '../../fixes/fix-targets';
import { removeProblemField } from '../../fixes/remove-field';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/**
 * health-check-node-port: on a Service that is not a LoadBalancer with `externalTrafficPolicy: Local`, "Remove
 * healthCheckNodePort" is offered (the author may rather have meant that policy). Nothing when the type and
 * policy only have the wrong case: their own fixes make it valid.
 */
export const healthCheckNodePortFix: FixProvider = (ctx) => {
  if (ctx.problem.data?.type === undefined) return [];
  const policy = intendedValue(get(ctx.object.root, 'spec', 'externalTrafficPolicy'), ['Cluster', 'Local']);
  if (intendedServiceType(ctx.object) === 'LoadBalancer' && policy === 'Local') return [];
  return fixOf('Remove healthCheckNodePort', removeProblemField(ctx), PREFERRED_ASK);
};
