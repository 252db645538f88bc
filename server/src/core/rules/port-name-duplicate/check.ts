import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { portNameDuplicateFix } from './fix';
import { decodeService } from '../../model/service';
import { ADVICE, alreadyNamed } from './texts';

/** The repeat (`index`), which the fix renames from the Service's name plan. */
export type PortNameDuplicateProblem = Problem<{ readonly index: number; readonly firstIndex: number }>;

/**
 * P4: port names must be unique within a Service (`validateServicePort`, `allNames`). Names are compared exactly;
 * an invalid name still counts, an empty one does not. Every repeat after the first is reported.
 */
export const portNameDuplicate = defineRule<PortNameDuplicateProblem>({
  id: 'port-name-duplicate',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'Two ports of a Service may not have the same name.',
  advice: ADVICE,
  check({ object, report }) {
    const firstIndex = new Map<string, number>();
    for (const port of decodeService(object).ports ?? []) {
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
        advice: alreadyNamed(first),
        data: { index: port.index, firstIndex: first },
      });
    }
  },
  fix: portNameDuplicateFix,
});
