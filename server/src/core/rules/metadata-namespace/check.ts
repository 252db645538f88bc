import { OBJECT_KINDS } from '../../model/k8s-object';
import { nameIsDNSLabel } from '../../validation';
import { defineRule } from '../rule';
import { invalidMetadataString } from '../support/problems';
import { ADVICE, NAMESPACE_NAME } from './texts';

/**
 * M4: a namespace written in the manifest must be a DNS-1123 label (`ValidateNamespaceName` = NameIsDNSLabel).
 * An empty or missing namespace is not reported: `kubectl` and the API server fill it in from the request before
 * validation, so the Required error of `ValidateObjectMetaAccessor` cannot happen through the API.
 */
export const metadataNamespace = defineRule({
  id: 'metadata-namespace',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.namespace, when written, must be a valid namespace name (a DNS-1123 label).',
  advice: ADVICE,
  check({ object, report }) {
    invalidMetadataString(object, 'namespace', isNamespaceName, NAMESPACE_NAME).forEach(report);
  },
});

/** `ValidateNamespaceName`: a namespace's name, not a prefix. */
function isNamespaceName(value: string): string[] {
  return nameIsDNSLabel(value, false);
}
