import { serviceView } from '../../model/service';
import type { Rule } from '../rule';

/** P2: with more than one port, every port needs a name (`validateServicePort`, `requireName`). */
export const portNameRequired: Rule = {
  id: 'port-name-required',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service with more than one port must name every port.',
  check({ object, report }) {
    const { ports } = serviceView(object);
    if (ports.length < 2) return;
    for (const port of ports) {
      if (port.name !== '') continue;
      report({
        field: `spec.ports[${port.index}].name`,
        type: 'Required',
        span: port.node.span,
        advice: 'a Service with more than one port must name every port',
        data: { index: port.index },
      });
    }
  },
};
