import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { repeats } from '../support/first-seen';
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
    const keyed = repeats(decodeService(object).ports ?? [], ({ name }) =>
      name?.pair && name.value !== '' ? { key: name.value, of: { name: name.value, pair: name.pair } } : undefined,
    );
    for (const { port, of: { name, pair }, first } of keyed) {
      report({
        field: `spec.ports[${port.index}].name`,
        type: 'Duplicate',
        span: pair.value.span,
        value: name,
        advice: alreadyNamed(first),
        data: { index: port.index, firstIndex: first },
      });
    }
  },
  fix: portNameDuplicateFix,
});
