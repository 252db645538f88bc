import { decodeService, serviceView } from '../../model/service';
import type { DecodedService } from '../../model/service';
import { isMap } from '../../parse/located-node';
import type { LMap, Span } from '../../parse/located-node';
import { defineRule } from '../rule';
import { ADVICE, ADD_A_PORT } from './texts';

/**
 * P1: a Service needs at least one port, unless it is headless (`clusterIPs: [None]`) or of type ExternalName
 * (`ValidateService`). An empty list and a null `ports` are the same to Go.
 */
export const portsRequired = defineRule({
  id: 'ports-required',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service needs at least one port unless it is headless or of type ExternalName.',
  advice: ADVICE,
  check({ object, report }) {
    const spec = decodeService(object);
    if (!spec.ports || spec.ports.length > 0) return;
    const view = serviceView(object);
    if (view.headless || view.type === 'ExternalName') return;
    report({
      field: 'spec.ports',
      type: 'Required',
      span: requiredSpan(spec, object.root),
      advice: ADD_A_PORT,
    });
  },
});

/** The empty `ports` entry when written, else the `spec` map, the `spec:` entry or the object it is missing from. */
function requiredSpan(spec: DecodedService, root: LMap): Span {
  if (spec.portsPair) return spec.portsPair.span;
  const specPair = spec.specPair;
  if (!specPair) return root.span;
  return isMap(specPair.value) ? specPair.value.span : specPair.span;
}
