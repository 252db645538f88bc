import { OBJECT_KINDS } from '../../model/k8s-object';
import type { Advice } from '../rule';
import { nameFunctionOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import { invalidMetadataString } from '../support/problems';
import { ADVICE, SERVICE_PREFIX, SUBDOMAIN_PREFIX } from './texts';

/**
 * M3: `metadata.generateName` must be a valid start of a name (`ValidateObjectMetaAccessor` calls the kind's name
 * function with prefix=true, which masks one trailing "-"). One Invalid error per message of the name function.
 */
export const metadataGenerateName = defineRule({
  id: 'metadata-generate-name',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.generateName must be a valid name prefix for the kind (a trailing "-" is allowed).',
  advice: ADVICE,
  check({ object, report }) {
    const isPrefix = (generateName: string) => nameFunctionOf(object.kind)(generateName, true);
    invalidMetadataString(object, 'generateName', isPrefix, generateNameAdvice(object.kind)).forEach(report);
  },
});

function generateNameAdvice(kind: string): Advice {
  return kind === 'Service' ? SERVICE_PREFIX : SUBDOMAIN_PREFIX;
}
