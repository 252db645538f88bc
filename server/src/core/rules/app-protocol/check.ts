import { decodeService } from '../../model/service';
import { isQualifiedName } from '../../validation';
import { defineRule } from '../rule';
import { invalidEach } from '../support/problems';
import { ADVICE, QUALIFIED_NAME } from './texts';

/**
 * P8: a set `appProtocol` must be a qualified name (`validateServicePort` → `ValidateQualifiedName`), one error per
 * message; `appProtocol: ""` is set (a non-nil pointer) and fails, a null one is nil and is not checked.
 */
export const appProtocol = defineRule({
  id: 'app-protocol',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service port appProtocol must be a qualified name such as "http" or "example.com/proto".',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of decodeService(object).ports ?? []) {
      const field = port.appProtocol;
      if (!field?.pair || field.value === undefined) continue;
      invalidEach(isQualifiedName(field.value), {
        field: `spec.ports[${port.index}].appProtocol`,
        span: field.pair.value.span,
        value: field.value,
        advice: QUALIFIED_NAME,
        data: { index: port.index },
      }).forEach(report);
    }
  },
});
