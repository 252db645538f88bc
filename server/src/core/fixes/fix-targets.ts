import { SERVICE_TYPES } from '../model/enums';
import type { K8sObject } from '../model/k8s-object';
import { get, isEmpty, isMap, isScalar, items, pairOf } from '../parse/located-node';
import type { LMap, LNode } from '../parse/located-node';

export function specMap(object: K8sObject): LMap | undefined {
  const spec = get(object.root, 'spec');
  return isMap(spec) ? spec : undefined;
}

/** `spec.ports[index]` when it is a map. */
export function servicePortMap(object: K8sObject, index: number): LMap | undefined {
  const port = items(get(object.root, 'spec', 'ports'))[index];
  return isMap(port) ? port : undefined;
}

/** The enumeration value meant by `value`: the supported one equal to it ignoring case and surrounding space. */
export function caseMatch(value: string, supported: readonly string[]): string | undefined {
  const wanted = value.trim().toLowerCase();
  return supported.find((known) => known.toLowerCase() === wanted);
}

/**
 * The Service type the author meant: the written type with its case corrected (`nodeport` → NodePort), ClusterIP
 * when empty, else as written. Fixes use it so that a wrong-case type does not make them undo what the type fix
 * will make valid.
 */
export function intendedServiceType(object: K8sObject): string {
  const type = get(object.root, 'spec', 'type');
  if (!isScalar(type) || type.value === null || type.value === '') return 'ClusterIP';
  return typeof type.value === 'string' ? (caseMatch(type.value, SERVICE_TYPES) ?? type.value) : String(type.value);
}

/** NodePort, LoadBalancer, or a ClusterIP with externalIPs, by the intended type. */
export function intendedExternallyAccessible(object: K8sObject): boolean {
  const type = intendedServiceType(object);
  if (type === 'NodePort' || type === 'LoadBalancer') return true;
  return type === 'ClusterIP' && !isEmpty(get(object.root, 'spec', 'externalIPs'));
}

/** The string of a scalar, case-corrected against `supported` when that matches. */
export function intendedValue(node: LNode | undefined, supported: readonly string[]): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  return caseMatch(node.value, supported) ?? node.value;
}

/** `clusterIP` / `clusterIPs` say headless (`None`), as written. */
export function isHeadless(object: K8sObject): boolean {
  const spec = specMap(object);
  const plural = pairOf(spec, 'clusterIPs')?.value;
  const firstOfPlural = items(plural)[0];
  if (firstOfPlural !== undefined) return isScalar(firstOfPlural) && firstOfPlural.value === 'None';
  const single = pairOf(spec, 'clusterIP')?.value;
  return isScalar(single) && single.value === 'None';
}
