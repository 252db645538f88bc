import type { Rule } from '../rule';
import { servicePortsOf } from '../../model/service-port-fields';

/**
 * P4: port names must be unique within a Service (`validateServicePort`, `allNames`). Names are compared exactly;
 * an invalid name still counts, an empty one does not. Every repeat after the first is reported.
 */
export const portNameDuplicate: Rule = {
  id: 'port-name-duplicate',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'Two ports of a Service may not have the same name.',
  check({ object, report }) {
    const firstIndex = new Map<string, number>();
    for (const port of servicePortsOf(object)?.ports ?? []) {
      const name = port.name;
      if (!name?.pair || name.value === '') continue;
      const first = firstIndex.get(name.value);
      if (first === undefined) {
        firstIndex.set(name.value, port.index);
        continue;
      }
      report({
        field: `spec.ports[${port.index}].name`,
        type: 'Duplicate',
        span: name.pair.value.span,
        value: name.value,
        advice: `spec.ports[${first}] already has this name; give every port its own name`,
        data: { index: port.index, firstIndex: first },
      });
    }
  },
};
