/**
 * The enumerations of core/v1 Service and Endpoints fields and networking.k8s.io/v1 Ingress ones, declared once: the
 * rules check values against them, their fixes correct a value's case to them, completion offers them, the docs
 * explain each of them (a test holds every value to a doc in both languages) and `scripts/generate-grammar.ts`
 * colours them. Listed in the order worth reading, the default first; {@link apiServerOrder} gives the order of the
 * API server's `supported values: …`.
 */

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;
export const SESSION_AFFINITIES = ['None', 'ClientIP'] as const;
/** `externalTrafficPolicy` and `internalTrafficPolicy`. */
export const TRAFFIC_POLICIES = ['Cluster', 'Local'] as const;
export const IP_FAMILIES = ['IPv4', 'IPv6'] as const;
export const IP_FAMILY_POLICIES = ['SingleStack', 'PreferDualStack', 'RequireDualStack'] as const;
/**
 * The values a current cluster accepts, in the order `validateServiceTrafficDistribution` lists them with the
 * PreferSameTrafficDistribution gate on (KEP-3015: beta and on by default in 1.34, GA in 1.35). PreferClose has
 * been accepted since the field appeared (1.30).
 */
export const TRAFFIC_DISTRIBUTIONS = ['PreferClose', 'PreferSameZone', 'PreferSameNode'] as const;
/** `clusterIP: None`: a headless Service. */
export const HEADLESS_CLUSTER_IPS = ['None'] as const;

/** networking.k8s.io/v1 `HTTPIngressPath.pathType` (`supportedPathTypes`). */
export const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'] as const;

/** A field whose values are an enumeration, keyed as its docs are. */
export interface EnumeratedField {
  /** `<Kind>:<doc path>`: the key of the field's docs; a value's docs are at `<key>=<value>`. */
  readonly key: string;
  readonly values: readonly string[];
}

export const ENUMERATED_FIELDS = [
  { key: 'Service:spec.type', values: SERVICE_TYPES },
  { key: 'Service:spec.ports[].protocol', values: PROTOCOLS },
  { key: 'Service:spec.clusterIP', values: HEADLESS_CLUSTER_IPS },
  { key: 'Service:spec.sessionAffinity', values: SESSION_AFFINITIES },
  { key: 'Service:spec.externalTrafficPolicy', values: TRAFFIC_POLICIES },
  { key: 'Service:spec.internalTrafficPolicy', values: TRAFFIC_POLICIES },
  { key: 'Service:spec.ipFamilyPolicy', values: IP_FAMILY_POLICIES },
  { key: 'Service:spec.ipFamilies[]', values: IP_FAMILIES },
  { key: 'Service:spec.trafficDistribution', values: TRAFFIC_DISTRIBUTIONS },
  { key: 'Endpoints:subsets[].ports[].protocol', values: PROTOCOLS },
  { key: 'Ingress:spec.rules[].http.paths[].pathType', values: PATH_TYPES },
] as const satisfies readonly EnumeratedField[];

type ValueKeyOf<F> = F extends {
  readonly key: infer K extends string;
  readonly values: readonly (infer V extends string)[];
}
  ? `${K}=${V}`
  : never;

/** The key of every enumeration value's docs: `Service:spec.type=NodePort`, … */
export type EnumValueKey = ValueKeyOf<(typeof ENUMERATED_FIELDS)[number]>;

/** The values of the enumerated field with this doc key, in reading order; undefined for other fields. */
export function enumValuesOf(key: string): readonly string[] | undefined {
  const fields: readonly EnumeratedField[] = ENUMERATED_FIELDS;
  return fields.find((field) => field.key === key)?.values;
}

/** `sets.List`: the API server lists supported values sorted (byte order; these are all ASCII). */
export function apiServerOrder(values: readonly string[]): readonly string[] {
  return [...values].sort();
}
