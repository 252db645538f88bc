import type { IndexedObject } from '../../index/indexed-object';
import { labelValue } from '../../index/labels';
import type { WorkspaceIndex } from '../../index/workspace-index';
import { get, pairs } from '../../parse/located-node';

/** Labels and annotations that say an object was rendered by Helm or made by an operator, with its pods elsewhere. */
const MANAGED_LABELS = ['app.kubernetes.io/managed-by', 'helm.sh/chart'];
const MANAGED_ANNOTATIONS = ['meta.helm.sh/release-name'];

/**
 * Whether the pods a Service selects may be deployed from outside the workspace, so that not finding them here is
 * advice of the mildest kind (an info): the workspace holds no workload in the Service's namespace (its
 * applications are installed apart: a chart, an operator, another repository), or the Service carries Helm's or an
 * operator's markers (see {@link hasManagedMarkers}).
 */
export function podsMayComeFromOutside(index: WorkspaceIndex, service: IndexedObject): boolean {
  return noneOwnedBy(service.namespace, index.workloadsIn(service.namespace)) || hasManagedMarkers(service);
}

/** The same for the Services an Ingress names: none in its namespace in the workspace, or the Ingress is managed. */
export function servicesMayComeFromOutside(index: WorkspaceIndex, ingress: IndexedObject): boolean {
  return noneOwnedBy(ingress.namespace, index.servicesIn(ingress.namespace)) || hasManagedMarkers(ingress);
}

/**
 * Whether none of `objects` (a namespace's lookup, which includes the objects without a namespace, as they may be
 * applied there) is written into `namespace` itself: those without one do not say the namespace's applications
 * live in the workspace. For an object without a namespace, every object of the workspace counts.
 */
function noneOwnedBy(namespace: string, objects: readonly IndexedObject[]): boolean {
  return namespace === '' ? objects.length === 0 : !objects.some((object) => object.namespace === namespace);
}

/** `app.kubernetes.io/managed-by`, `helm.sh/chart`, `meta.helm.sh/release-name`, `metadata.ownerReferences`. */
function hasManagedMarkers(object: IndexedObject): boolean {
  if (MANAGED_LABELS.some((key) => labelValue(object.labels, key) !== undefined)) return true;
  const metadata = get(object.object.root, 'metadata');
  if (get(metadata, 'ownerReferences') !== undefined) return true;
  return pairs(get(metadata, 'annotations')).some((pair) => MANAGED_ANNOTATIONS.includes(pair.key));
}
