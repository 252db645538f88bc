import { get } from '../../parse/located-node';
import { goString } from '../../model/decoded';
import { metadataOf, nameFunctionOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import { ADVICE, ENDPOINTS_PREFIX, SERVICE_PREFIX } from './texts';

/**
 * M3: `metadata.generateName` must be a valid start of a name (`ValidateObjectMetaAccessor` calls the kind's name
 * function with prefix=true, which masks one trailing "-"). One Invalid error per message of the name function.
 */
export const metadataGenerateName = defineRule({
  id: 'metadata-generate-name',
  kinds: ['Service', 'Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'metadata.generateName must be a valid name prefix for the kind (a trailing "-" is allowed).',
  advice: ADVICE,
  check({ object, report }) {
    const node = get(metadataOf(object), 'generateName');
    const generateName = goString(node);
    if (node === undefined || !generateName) return;
    for (const detail of nameFunctionOf(object.kind)(generateName, true)) {
      report({
        field: 'metadata.generateName',
        type: 'Invalid',
        span: node.span,
        value: generateName,
        detail,
        advice: generateNameAdvice(object.kind),
        data: { generateName },
      });
    }
  },
});

function generateNameAdvice(kind: string): string {
  return kind === 'Service' ? SERVICE_PREFIX : ENDPOINTS_PREFIX;
}
