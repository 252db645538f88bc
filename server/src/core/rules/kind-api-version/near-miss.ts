import type { K8sObject, ObjectKind } from '../../model/k8s-object';
import { SERVED_API_VERSION } from '../../model/k8s-object';

/**
 * The built-in API groups whose names contain a dot. A CustomResourceDefinition's group must contain a dot, so a
 * group without one is built in (or served by no one), and these are the dotted ones a CRD cannot take either.
 */
const BUILT_IN_DOTTED_GROUPS: ReadonlySet<string> = new Set([
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** The kinds a built-in group version serves that are near our kinds' spellings: never a near-miss. */
const REAL_KINDS: ReadonlySet<string> = new Set(['Service', 'Endpoints', 'Ingress', 'IngressClass', 'EndpointSlice']);

/** Misspellings of each kind that kubectl does not map (compared lower-cased): plural, singular, short names. */
const SPELLINGS: Readonly<Record<ObjectKind, readonly string[]>> = {
  Service: ['service', 'services', 'svc', 'sevice', 'servcie', 'serivce', 'servise'],
  Endpoints: ['endpoints', 'endpoint', 'ep', 'endpionts', 'endpoins'],
  Ingress: ['ingress', 'ingresses', 'ingres', 'ing', 'ingess', 'ingrss'],
};

/** Whether the API server serves `apiVersion` itself: a built-in group, so no CRD may add a kind to it. */
export function builtInGroup(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return true; // the core group: `v1`, or a version it does not have (`v2`)
  const group = apiVersion.slice(0, slash);
  return !group.includes('.') || BUILT_IN_DOTTED_GROUPS.has(group);
}

/** The kind the object almost is: written exactly, or one of its misspellings; undefined for any other kind. */
export function meantKind(kind: string): ObjectKind | undefined {
  if (REAL_KINDS.has(kind)) return (Object.keys(SPELLINGS) as ObjectKind[]).find((k) => k === kind);
  const lower = kind.toLowerCase();
  return (Object.keys(SPELLINGS) as ObjectKind[]).find((k) => SPELLINGS[k].includes(lower));
}

/** What is wrong with an object that is almost a Service, Endpoints or Ingress; nothing for a custom resource. */
export interface NearMiss {
  readonly meant: ObjectKind;
  /** The kind to write, when the written one is misspelt. */
  readonly kind: ObjectKind | undefined;
  /** The apiVersion to write, when the written one serves no such kind. */
  readonly apiVersion: string | undefined;
}

/** Ingress versions another rule reports (`ingress-api-version`): served by older clusters. */
const OLDER_INGRESS_VERSIONS: readonly string[] = ['extensions/v1beta1', 'networking.k8s.io/v1beta1'];

export function nearMiss(object: K8sObject): NearMiss | undefined {
  if (!builtInGroup(object.apiVersion)) return undefined; // Knative's serving.knative.dev/v1 Service, any CRD
  const meant = meantKind(object.kind);
  if (meant === undefined) return undefined;
  const served = SERVED_API_VERSION[meant];
  const older = meant === 'Ingress' && OLDER_INGRESS_VERSIONS.includes(object.apiVersion);
  const kind = object.kind === meant ? undefined : meant;
  const apiVersion = object.apiVersion === served || older ? undefined : served;
  return kind === undefined && apiVersion === undefined ? undefined : { meant, kind, apiVersion };
}
