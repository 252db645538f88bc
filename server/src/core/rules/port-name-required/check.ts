import { decodeService } from '../../model/service';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { portNameRequiredFix } from './fix';
import { ADVICE, NAME_EVERY_PORT } from './texts';

/** The port without a name (`index`); the fix names it, or every unnamed port, from the Service's name plan. */
export type PortNameRequiredProblem = Problem<{ readonly index: number }>;

/**
 * P2: with more than one port, every port needs a name (`validateServicePort`, `requireName`). A name the decoder
 * refuses (`name: 5`) counts as missing here, as it is for the preview and hovers.
 */
export const portNameRequired = defineRule<PortNameRequiredProblem>({
  id: 'port-name-required',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service with more than one port must name every port.',
  advice: ADVICE,
  check({ object, report }) {
    const ports = decodeService(object).ports ?? [];
    if (ports.length < 2) return;
    for (const port of ports) {
      if ((port.name?.value ?? '') !== '') continue;
      report({
        field: `spec.ports[${port.index}].name`,
        type: 'Required',
        span: port.node.span,
        advice: NAME_EVERY_PORT,
        data: { index: port.index },
      });
    }
  },
  fix: portNameRequiredFix,
});
