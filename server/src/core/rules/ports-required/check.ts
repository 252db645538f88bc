import { isMap } from '../../parse/located-node';
import type { LMap, Span } from '../../parse/located-node';
import { serviceView } from '../../model/service';
import type { Rule } from '../rule';
import { servicePortsOf } from '../../model/service-port-fields';
import type { ServicePortsSpec } from '../../model/service-port-fields';

/**
 * P1: a Service needs at least one port, unless it is headless (`clusterIPs: [None]`) or of type ExternalName
 * (`ValidateService`). An empty list and a null `ports` are the same to Go.
 */
export const portsRequired: Rule = {
  id: 'ports-required',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service needs at least one port unless it is headless or of type ExternalName.',
  check({ object, report }) {
    const spec = servicePortsOf(object);
    if (!spec || spec.ports.length > 0) return;
    const view = serviceView(object);
    if (view.headless || view.type === 'ExternalName') return;
    report({
      field: 'spec.ports',
      type: 'Required',
      span: requiredSpan(spec, object.root),
      advice: 'list at least one port, or make the Service headless with `clusterIP: None`',
    });
  },
};

/** The empty `ports` entry when written, else the `spec` map, the `spec:` entry or the object it is missing from. */
function requiredSpan(spec: ServicePortsSpec, root: LMap): Span {
  if (spec.portsPair) return spec.portsPair.span;
  const specPair = spec.specPair;
  if (!specPair) return root.span;
  return isMap(specPair.value) ? specPair.value.span : specPair.span;
}
