import type { K8sObject } from '../model/k8s-object';
import { get, isEmpty, isMap, isScalar, isSeq, items, pairOf } from '../parse/located-node';
import type { LMap, LNode, LPair, LScalar, Span } from '../parse/located-node';

/** A node found by its span, with the pair and map it is the value (or key) of. */
export interface Target {
  readonly node: LNode;
  readonly pair?: LPair;
  readonly parent?: LMap;
}

/**
 * The node whose span (or whose pair's span, or key span) is exactly `span`, searched under `root`. Problems point
 * at the node they are about, so this finds what a fix edits without each rule having to say where it is.
 */
export function locate(root: LNode, span: Span): Target | undefined {
  const seen = new Set<LNode>();
  // The deepest match wins: a one-entry block map (`- port: 80`) has the same span as its only pair.
  const walk = (node: LNode, pair?: LPair, parent?: LMap): Target | undefined => {
    if (seen.has(node)) return undefined;
    seen.add(node);
    if (isMap(node)) {
      for (const child of node.pairs) {
        const found = walk(child.value, child, node);
        if (found) return found;
        if (sameSpan(child.span, span) || sameSpan(child.keySpan, span)) {
          return { node: child.value, pair: child, parent: node };
        }
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const found = walk(item);
        if (found) return found;
      }
    }
    return sameSpan(node.span, span) ? { node, pair, parent } : undefined;
  };
  return walk(root);
}

/** The scalar a problem points at, when it points at one. */
export function scalarAt(object: K8sObject, span: Span): (Target & { node: LScalar }) | undefined {
  const target = locate(object.root, span);
  return target && isScalar(target.node) ? { ...target, node: target.node } : undefined;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function specMap(object: K8sObject): LMap | undefined {
  const spec = get(object.root, 'spec');
  return isMap(spec) ? spec : undefined;
}

/** `spec.ports[index]` when it is a map. */
export function servicePortMap(object: K8sObject, index: unknown): LMap | undefined {
  if (typeof index !== 'number') return undefined;
  const port = items(get(object.root, 'spec', 'ports'))[index];
  return isMap(port) ? port : undefined;
}

export const SERVICE_TYPES: readonly string[] = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

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
