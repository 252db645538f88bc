import { get, isMap, pairOf } from '../parse/located-node';
import type { LNode, Span } from '../parse/located-node';
import type { K8sObject } from './k8s-object';
import { nameIsDNS1035Label, nameIsDNSSubdomain } from '../validation';
import type { ValidateNameFunc } from '../validation';

/** The `metadata` node of an object, whatever its type. */
export function metadataOf(object: K8sObject): LNode | undefined {
  return get(object.root, 'metadata');
}

/** False when `metadata` is a scalar or a list: the decoder refuses the object, so validation never runs. */
export function metadataDecodes(object: K8sObject): boolean {
  const metadata = metadataOf(object);
  return metadata === undefined || isMap(metadata) || (metadata.kind === 'scalar' && metadata.value === null);
}

/** `ValidateServiceName` is `NameIsDNS1035Label`; `ValidateEndpointsName` is `NameIsDNSSubdomain`. */
export function nameFunctionOf(kind: string): ValidateNameFunc {
  return kind === 'Service' ? nameIsDNS1035Label : nameIsDNSSubdomain;
}

/** What to do about a name the kind's name function refuses. */
export function nameAdvice(kind: string): string {
  return kind === 'Service'
    ? 'a Service name is at most 63 lower-case letters, digits or "-", starting with a letter and ending with a letter or digit'
    : 'an Endpoints name is at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit';
}

/**
 * A close name that the kind accepts, for a quick fix: lower-cased, other characters turned into "-", trimmed to
 * what the name function allows. Undefined when no such name comes out.
 */
export function suggestedName(kind: string, name: string): string | undefined {
  const allowed = kind === 'Service' ? /[^a-z0-9-]/g : /[^a-z0-9.-]/g;
  const maxLength = kind === 'Service' ? 63 : 253;
  const leading = kind === 'Service' ? /^[^a-z]+/ : /^[^a-z0-9]+/;
  const candidate = name
    .toLowerCase()
    .replace(allowed, '-')
    .replace(leading, '')
    .slice(0, maxLength)
    .replace(/[^a-z0-9]+$/, '');
  if (candidate === '' || candidate === name) return undefined;
  return nameFunctionOf(kind)(candidate, false).length === 0 ? candidate : undefined;
}

/**
 * Where a missing `metadata.name` is reported: the metadata map when there is one, else the `metadata:` entry, else
 * the whole object (there is no closer parent to point at).
 */
export function missingNameSpan(object: K8sObject): Span {
  const metadata = metadataOf(object);
  if (isMap(metadata) && metadata.pairs.length > 0) return metadata.span;
  return pairOf(object.root, 'metadata')?.span ?? object.root.span;
}
