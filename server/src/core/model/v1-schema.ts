/**
 * The Go types the API server decodes a core/v1 Service or Endpoints into (k8s.io/api/core/v1 types.go and
 * k8s.io/apimachinery/pkg/apis/meta/v1 types.go at upstream master), as data: every JSON field name with what
 * it decodes into. The decoder rules (unknown fields, wrong JSON types) walk a manifest against this.
 *
 * `goType` is what Go's `reflect.Type.String()` prints for the decode target, because that is what the decoder's
 * error says (`... of type int32`, `... of type []v1.ServicePort`). For a pointer field it is the pointed-to
 * type: the decoder allocates the pointer first and reports the element.
 */

/** A JSON string into a Go string (or a named string type such as `v1.Protocol`). */
export interface StringType {
  readonly kind: 'string';
  readonly goType: string;
}

/** A JSON number into a signed Go integer. */
export interface IntType {
  readonly kind: 'int';
  readonly goType: 'int32' | 'int64';
}

export interface BoolType {
  readonly kind: 'bool';
}

/** `intstr.IntOrString`: its UnmarshalJSON takes a JSON string, or decodes anything else into an int32. */
export interface IntOrStringType {
  readonly kind: 'intOrString';
}

/** `metav1.Time`: its UnmarshalJSON decodes a string (RFC 3339) or null. */
export interface TimeType {
  readonly kind: 'time';
}

/** `map[string]string`: labels, annotations, selector. Free-form keys, string values. */
export interface StringMapType {
  readonly kind: 'stringMap';
}

export interface ListType {
  readonly kind: 'list';
  readonly items: FieldType;
}

export interface StructRef {
  readonly kind: 'struct';
  readonly struct: StructSchema;
}

/** `metav1.FieldsV1`: its UnmarshalJSON keeps any JSON as raw bytes. */
export interface RawType {
  readonly kind: 'raw';
}

export type FieldType =
  | StringType
  | IntType
  | BoolType
  | IntOrStringType
  | TimeType
  | StringMapType
  | ListType
  | StructRef
  | RawType;

export interface StructSchema {
  /** The Go struct's name, as the decoder's errors print it (`ServicePort`). */
  readonly name: string;
  /** Its package-qualified type (`v1.ServicePort`). */
  readonly goType: string;
  /** JSON field name → type, in the Go struct's field order. Keys are case-sensitive, as the decoder is. */
  readonly fields: Readonly<Record<string, FieldType>>;
}

const STRING: StringType = { kind: 'string', goType: 'string' };
const INT32: IntType = { kind: 'int', goType: 'int32' };
const INT64: IntType = { kind: 'int', goType: 'int64' };
const BOOL: BoolType = { kind: 'bool' };
const TIME: TimeType = { kind: 'time' };
const STRING_MAP: StringMapType = { kind: 'stringMap' };
const RAW: RawType = { kind: 'raw' };
const UID: StringType = named('types.UID');
const PROTOCOL: StringType = named('v1.Protocol');

function named(goType: string): StringType {
  return { kind: 'string', goType };
}

function listOf(items: FieldType): ListType {
  return { kind: 'list', items };
}

function ref(struct: StructSchema): StructRef {
  return { kind: 'struct', struct };
}

function struct(name: string, fields: Record<string, FieldType>, pkg = 'v1'): StructSchema {
  return { name, goType: `${pkg}.${name}`, fields };
}

/** The Go type string of a field type, for `... of type X` (`[]v1.ServicePort`, `map[string]string`). */
export function goTypeOf(type: FieldType): string {
  switch (type.kind) {
    case 'string':
      return type.goType;
    case 'int':
      return type.goType;
    case 'bool':
      return 'bool';
    case 'intOrString':
      return 'intstr.IntOrString';
    case 'time':
      return 'v1.Time';
    case 'stringMap':
      return 'map[string]string';
    case 'list':
      return `[]${goTypeOf(type.items)}`;
    case 'struct':
      return type.struct.goType;
    case 'raw':
      return 'v1.FieldsV1';
  }
}

// --- metav1 -------------------------------------------------------------------------------------------------

const OWNER_REFERENCE = struct('OwnerReference', {
  apiVersion: STRING,
  kind: STRING,
  name: STRING,
  uid: UID,
  controller: BOOL,
  blockOwnerDeletion: BOOL,
});

const MANAGED_FIELDS_ENTRY = struct('ManagedFieldsEntry', {
  manager: STRING,
  operation: named('v1.ManagedFieldsOperationType'),
  apiVersion: STRING,
  time: TIME,
  fieldsType: STRING,
  // Free-form: the decoder keeps it as raw JSON, so nothing inside it is checked.
  fieldsV1: RAW,
  subresource: STRING,
});

/** `metav1.ObjectMeta` at master: `clusterName` was removed in Kubernetes 1.25. */
const OBJECT_META = struct('ObjectMeta', {
  name: STRING,
  generateName: STRING,
  namespace: STRING,
  selfLink: STRING,
  uid: UID,
  resourceVersion: STRING,
  generation: INT64,
  creationTimestamp: TIME,
  deletionTimestamp: TIME,
  deletionGracePeriodSeconds: INT64,
  labels: STRING_MAP,
  annotations: STRING_MAP,
  ownerReferences: listOf(ref(OWNER_REFERENCE)),
  finalizers: listOf(STRING),
  managedFields: listOf(ref(MANAGED_FIELDS_ENTRY)),
});

const CONDITION = struct('Condition', {
  type: STRING,
  status: named('v1.ConditionStatus'),
  observedGeneration: INT64,
  lastTransitionTime: TIME,
  reason: STRING,
  message: STRING,
});

// --- core/v1 Service ----------------------------------------------------------------------------------------

const SERVICE_PORT = struct('ServicePort', {
  name: STRING,
  protocol: PROTOCOL,
  appProtocol: STRING,
  port: INT32,
  targetPort: { kind: 'intOrString' },
  nodePort: INT32,
});

const CLIENT_IP_CONFIG = struct('ClientIPConfig', { timeoutSeconds: INT32 });

const SESSION_AFFINITY_CONFIG = struct('SessionAffinityConfig', { clientIP: ref(CLIENT_IP_CONFIG) });

/**
 * `ServiceSpec` at master. Gone from v1 and so unknown now: `ipFamily` (alpha, replaced by ipFamilies and
 * ipFamilyPolicy in 1.20) and `topologyKeys` (removed in 1.22).
 */
const SERVICE_SPEC = struct('ServiceSpec', {
  ports: listOf(ref(SERVICE_PORT)),
  selector: STRING_MAP,
  clusterIP: STRING,
  clusterIPs: listOf(STRING),
  type: named('v1.ServiceType'),
  externalIPs: listOf(STRING),
  sessionAffinity: named('v1.ServiceAffinity'),
  loadBalancerIP: STRING,
  loadBalancerSourceRanges: listOf(STRING),
  externalName: STRING,
  externalTrafficPolicy: named('v1.ServiceExternalTrafficPolicy'),
  healthCheckNodePort: INT32,
  publishNotReadyAddresses: BOOL,
  sessionAffinityConfig: ref(SESSION_AFFINITY_CONFIG),
  ipFamilies: listOf(named('v1.IPFamily')),
  ipFamilyPolicy: named('v1.IPFamilyPolicy'),
  allocateLoadBalancerNodePorts: BOOL,
  loadBalancerClass: STRING,
  internalTrafficPolicy: named('v1.ServiceInternalTrafficPolicy'),
  trafficDistribution: STRING,
});

const PORT_STATUS = struct('PortStatus', {
  port: INT32,
  protocol: PROTOCOL,
  error: STRING,
});

const LOAD_BALANCER_INGRESS = struct('LoadBalancerIngress', {
  ip: STRING,
  hostname: STRING,
  ipMode: named('v1.LoadBalancerIPMode'),
  ports: listOf(ref(PORT_STATUS)),
});

const LOAD_BALANCER_STATUS = struct('LoadBalancerStatus', { ingress: listOf(ref(LOAD_BALANCER_INGRESS)) });

const SERVICE_STATUS = struct('ServiceStatus', {
  loadBalancer: ref(LOAD_BALANCER_STATUS),
  conditions: listOf(ref(CONDITION)),
});

export const SERVICE_SCHEMA: StructSchema = struct('Service', {
  apiVersion: STRING,
  kind: STRING,
  metadata: ref(OBJECT_META),
  spec: ref(SERVICE_SPEC),
  status: ref(SERVICE_STATUS),
});

// --- core/v1 Endpoints --------------------------------------------------------------------------------------

const OBJECT_REFERENCE = struct('ObjectReference', {
  kind: STRING,
  namespace: STRING,
  name: STRING,
  uid: UID,
  apiVersion: STRING,
  resourceVersion: STRING,
  fieldPath: STRING,
});

const ENDPOINT_ADDRESS = struct('EndpointAddress', {
  ip: STRING,
  hostname: STRING,
  nodeName: STRING,
  targetRef: ref(OBJECT_REFERENCE),
});

const ENDPOINT_PORT = struct('EndpointPort', {
  name: STRING,
  port: INT32,
  protocol: PROTOCOL,
  appProtocol: STRING,
});

const ENDPOINT_SUBSET = struct('EndpointSubset', {
  addresses: listOf(ref(ENDPOINT_ADDRESS)),
  notReadyAddresses: listOf(ref(ENDPOINT_ADDRESS)),
  ports: listOf(ref(ENDPOINT_PORT)),
});

export const ENDPOINTS_SCHEMA: StructSchema = struct('Endpoints', {
  apiVersion: STRING,
  kind: STRING,
  metadata: ref(OBJECT_META),
  subsets: listOf(ref(ENDPOINT_SUBSET)),
});

// --- networking.k8s.io/v1 Ingress ---------------------------------------------------------------------------

const TYPED_LOCAL_OBJECT_REFERENCE = struct('TypedLocalObjectReference', { apiGroup: STRING, kind: STRING, name: STRING });

const SERVICE_BACKEND_PORT = struct('ServiceBackendPort', { name: STRING, number: INT32 });

const INGRESS_SERVICE_BACKEND = struct('IngressServiceBackend', { name: STRING, port: ref(SERVICE_BACKEND_PORT) });

/** `IngressBackend`: v1beta1's `serviceName` and `servicePort` are unknown here (moved into `service`). */
const INGRESS_BACKEND = struct('IngressBackend', {
  service: ref(INGRESS_SERVICE_BACKEND),
  resource: ref(TYPED_LOCAL_OBJECT_REFERENCE),
});

const HTTP_INGRESS_PATH = struct('HTTPIngressPath', {
  path: STRING,
  pathType: named('v1.PathType'),
  backend: ref(INGRESS_BACKEND),
});

const HTTP_INGRESS_RULE_VALUE = struct('HTTPIngressRuleValue', { paths: listOf(ref(HTTP_INGRESS_PATH)) });

/** `IngressRule`, with the fields of its embedded (inline) `IngressRuleValue`. */
const INGRESS_RULE = struct('IngressRule', { host: STRING, http: ref(HTTP_INGRESS_RULE_VALUE) });

const INGRESS_TLS = struct('IngressTLS', { hosts: listOf(STRING), secretName: STRING });

/** `IngressSpec` at master: v1beta1's `backend` is `defaultBackend` in v1. */
const INGRESS_SPEC = struct('IngressSpec', {
  ingressClassName: STRING,
  defaultBackend: ref(INGRESS_BACKEND),
  tls: listOf(ref(INGRESS_TLS)),
  rules: listOf(ref(INGRESS_RULE)),
});

const INGRESS_PORT_STATUS = struct('IngressPortStatus', { port: INT32, protocol: PROTOCOL, error: STRING });

const INGRESS_LOAD_BALANCER_INGRESS = struct('IngressLoadBalancerIngress', {
  ip: STRING,
  hostname: STRING,
  ports: listOf(ref(INGRESS_PORT_STATUS)),
});

const INGRESS_STATUS = struct('IngressStatus', {
  loadBalancer: ref(struct('IngressLoadBalancerStatus', { ingress: listOf(ref(INGRESS_LOAD_BALANCER_INGRESS)) })),
});

export const INGRESS_SCHEMA: StructSchema = struct('Ingress', {
  apiVersion: STRING,
  kind: STRING,
  metadata: ref(OBJECT_META),
  spec: ref(INGRESS_SPEC),
  status: ref(INGRESS_STATUS),
});

/**
 * The schema the API server decodes an object of this kind and API version into, if it is one we know: core/v1
 * Service and Endpoints, networking.k8s.io/v1 Ingress.
 */
export function v1SchemaOf(kind: string, apiVersion = 'v1'): StructSchema | undefined {
  if (apiVersion === 'networking.k8s.io/v1') return kind === 'Ingress' ? INGRESS_SCHEMA : undefined;
  if (apiVersion !== 'v1') return undefined;
  if (kind === 'Service') return SERVICE_SCHEMA;
  if (kind === 'Endpoints') return ENDPOINTS_SCHEMA;
  return undefined;
}

/** True when `path` names a field of the v1 type (an index for a list, any key inside a string map). */
export function isKnownPath(kind: string, path: readonly (string | number)[], apiVersion = 'v1'): boolean {
  const root = v1SchemaOf(kind, apiVersion);
  if (!root) return false;
  let type: FieldType = ref(root);
  for (const segment of path) {
    if (type.kind === 'struct' && typeof segment === 'string' && Object.hasOwn(type.struct.fields, segment)) {
      type = type.struct.fields[segment];
    } else if (type.kind === 'list' && typeof segment === 'number') {
      type = type.items;
    } else {
      return (type.kind === 'stringMap' || type.kind === 'raw') && typeof segment === 'string';
    }
  }
  return true;
}
