import { get, isMap, items, str } from '../parse/located-node';
import type { LMap, LNode } from '../parse/located-node';

/** A Kubernetes object found in a document: the document root, or one item of a `kind: List`. */
export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly root: LMap;
}

/**
 * The Kubernetes objects of one document. A YAML document is a Kubernetes object when its root is a map with
 * string `apiVersion` and `kind`; anything else (docker-compose, CI workflows, Helm values) yields nothing.
 */
export function objectsOf(root: LNode | undefined): K8sObject[] {
  const object = asObject(root);
  if (!object) return [];
  if (!isListKind(object.kind)) return [object];
  const found: K8sObject[] = [];
  for (const item of items(get(object.root, 'items'))) {
    const inner = asObject(item);
    if (inner) found.push(inner);
  }
  return found;
}

function asObject(node: LNode | undefined): K8sObject | undefined {
  if (!isMap(node)) return undefined;
  const apiVersion = str(get(node, 'apiVersion'));
  const kind = str(get(node, 'kind'));
  if (!apiVersion || !kind) return undefined;
  return { apiVersion, kind, root: node };
}

/** `kubectl` unpacks `kind: List` and every `<Kind>List` that carries `items`. */
function isListKind(kind: string): boolean {
  return kind === 'List' || kind.endsWith('List');
}

/** Core-group objects: `apiVersion: v1`. A Knative `serving.knative.dev/v1` Service is not ours. */
export function isCore(object: K8sObject, kind: string): boolean {
  return object.apiVersion === 'v1' && object.kind === kind;
}

/** The kinds the object rules check, each in the one API version the API server serves it in. */
export const OBJECT_KINDS = ['Service', 'Endpoints', 'Ingress'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export const SERVED_API_VERSION: Readonly<Record<ObjectKind, string>> = {
  Service: 'v1',
  Endpoints: 'v1',
  Ingress: 'networking.k8s.io/v1',
};

/** Ingress API versions no API server serves since Kubernetes 1.22. */
export const REMOVED_INGRESS_API_VERSIONS: readonly string[] = ['extensions/v1beta1', 'networking.k8s.io/v1beta1'];
