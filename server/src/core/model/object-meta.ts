import { get, isMap } from '../parse/located-node';
import type { LNode } from '../parse/located-node';
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
