import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { firstSeen } from '../support/first-seen';
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
    const earlier = firstSeen();
    for (const port of decodeService(object).ports ?? []) {
      const name = port.name;
      if (!name?.pair || name.value === '') continue;
      const first = earlier(name.value, port.index);
      if (first === undefined) continue;
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
