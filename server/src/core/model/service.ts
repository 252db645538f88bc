import { get, isEmpty, isMap, isScalar, pairOf } from '../parse/located-node';
import type { LMap, LNode, LPair } from '../parse/located-node';
import {
  decodesAsStruct,
  goList,
  int32Field,
  intOrStringField,
  isNull,
  optionalBoolField,
  optionalInt32Field,
  optionalStringField,
  stringField,
  stringListField,
  writtenValue,
} from './decoded';
import type { Decoded, IntOrString } from './decoded';
import type { K8sObject } from './k8s-object';

/**
 * A Service as the API server decodes it (`json.Unmarshal` into `v1.Service`, then `SetDefaults_Service` and the
 * registry's create-time clusterIP → clusterIPs normalisation), with the YAML nodes kept for positions. Every rule
 * about a Service reads this; {@link serviceView} is the lenient view the workspace index, hovers and the preview
 * read, derived from it. Decoded once per object: objects are immutable and cached with their document's text.
 */
export interface DecodedService {
  readonly root: LMap;
  /** `spec` as written (a field read through a `spec` that is not a map reads as absent). */
  readonly spec: LNode | undefined;
  readonly specPair: LPair | undefined;
  /** `spec.type` as written; `''` when absent or null. */
  readonly type: Decoded<string> | undefined;
  /** The type validation sees: `ClusterIP` when empty (`SetDefaults_Service`), or when the type does not decode. */
  readonly effectiveType: string;
  readonly clusterIP: Decoded<string> | undefined;
  readonly clusterIPs: Decoded<readonly DecodedItem<string>[]> | undefined;
  readonly ipFamilies: Decoded<readonly DecodedItem<string>[]> | undefined;
  readonly ipFamilyPolicy: Decoded<string | undefined> | undefined;
  /** Type, cluster IPs and IP families together; undefined when one of them does not decode. */
  readonly ips: ServiceIPFields | undefined;
  readonly externalIPs: Decoded<readonly DecodedItem<string>[]> | undefined;
  /** NodePort, LoadBalancer, or a ClusterIP with externalIPs written: the ones that get an external traffic policy. */
  readonly externallyAccessible: boolean;
  readonly externalName: Decoded<string> | undefined;
  readonly sessionAffinity: Decoded<string> | undefined;
  /** `sessionAffinityConfig.clientIP.timeoutSeconds` (a `*int32`). */
  readonly clientIPTimeoutSeconds: Decoded<number | undefined> | undefined;
  readonly externalTrafficPolicy: Decoded<string> | undefined;
  readonly internalTrafficPolicy: Decoded<string | undefined> | undefined;
  readonly healthCheckNodePort: Decoded<number> | undefined;
  readonly allocateLoadBalancerNodePorts: Decoded<boolean | undefined> | undefined;
  readonly loadBalancerClass: Decoded<string | undefined> | undefined;
  readonly trafficDistribution: Decoded<string | undefined> | undefined;
  /** The `ports` entry, when written. */
  readonly portsPair: LPair | undefined;
  /** `spec.ports`; undefined when `spec` or `ports` has a type the decoder refuses. */
  readonly ports: readonly ServicePortFields[] | undefined;
}

/** A list item as decoded: it always has a node. */
export interface DecodedItem<T> extends Decoded<T> {
  readonly node: LNode;
}

/**
 * One `spec.ports` item after decoding and defaulting. A field Go would refuse to decode is `undefined`; a list
 * item that is neither a map nor null (`- 80`) has every field `undefined`.
 */
export interface ServicePortFields {
  readonly index: number;
  /** The list item: a map, or null (which Go decodes as an all-zero port). */
  readonly node: LNode;
  readonly name: Decoded<string> | undefined;
  readonly port: Decoded<number> | undefined;
  /** Effective protocol: `TCP` when empty. */
  readonly protocol: Decoded<string> | undefined;
  /** Effective targetPort: the port number when unset, 0 or "" (then `pair` is the written 0/"" if any). */
  readonly targetPort: Decoded<IntOrString> | undefined;
  /** `undefined` value means nil: absent or null. */
  readonly appProtocol: Decoded<string | undefined> | undefined;
  readonly nodePort: Decoded<number> | undefined;
}

/**
 * What the rules about a Service's type, cluster IPs and IP families read, with the registry's create-time
 * `clusterIP` → `clusterIPs` normalisation applied (`normalizeClusterIPs` in pkg/registry/core/service/storage).
 */
export interface ServiceIPFields {
  readonly spec: LNode | undefined;
  /** Effective type: `ClusterIP` when empty. */
  readonly type: string;
  readonly clusterIP: string;
  readonly clusterIPPair: LPair | undefined;
  /** The written `clusterIPs` pair; undefined when it is absent (or the list was filled from `clusterIP`). */
  readonly clusterIPsPair: LPair | undefined;
  /** Effective clusterIPs; a list filled from `clusterIP` points at the `clusterIP` value node. */
  readonly clusterIPs: readonly DecodedItem<string>[];
  /** `isHeadlessService`: clusterIPs is exactly `["None"]`. */
  readonly headless: boolean;
  readonly ipFamiliesPair: LPair | undefined;
  readonly ipFamilies: readonly DecodedItem<string>[];
  readonly ipFamilyPolicyPair: LPair | undefined;
  /** The policy as written; undefined when absent or null (a nil pointer). `""` is a set value. */
  readonly ipFamilyPolicy: string | undefined;
}

const decodedServices = new WeakMap<LMap, DecodedService>();

export function decodeService(object: K8sObject): DecodedService {
  let decoded = decodedServices.get(object.root);
  if (!decoded) decodedServices.set(object.root, (decoded = decode(object.root)));
  return decoded;
}

function decode(root: LMap): DecodedService {
  const specPair = pairOf(root, 'spec');
  const spec = specPair?.value;
  const type = stringField(spec, 'type');
  const effectiveType = type?.value || 'ClusterIP';
  const fields = {
    clusterIP: stringField(spec, 'clusterIP'),
    clusterIPs: stringItemsField(spec, 'clusterIPs'),
    ipFamilies: stringItemsField(spec, 'ipFamilies'),
    ipFamilyPolicy: optionalStringField(spec, 'ipFamilyPolicy'),
  };
  const portsPair = pairOf(spec, 'ports');
  return {
    root,
    spec,
    specPair,
    type,
    effectiveType,
    ...fields,
    ips: ipFieldsOf(spec, type, fields),
    externalIPs: stringItemsField(spec, 'externalIPs'),
    externallyAccessible: isExternallyAccessible(effectiveType, get(spec, 'externalIPs')),
    externalName: stringField(spec, 'externalName'),
    sessionAffinity: stringField(spec, 'sessionAffinity'),
    clientIPTimeoutSeconds: optionalInt32Field(get(spec, 'sessionAffinityConfig', 'clientIP'), 'timeoutSeconds'),
    externalTrafficPolicy: stringField(spec, 'externalTrafficPolicy'),
    internalTrafficPolicy: optionalStringField(spec, 'internalTrafficPolicy'),
    healthCheckNodePort: int32Field(spec, 'healthCheckNodePort'),
    allocateLoadBalancerNodePorts: optionalBoolField(spec, 'allocateLoadBalancerNodePorts'),
    loadBalancerClass: optionalStringField(spec, 'loadBalancerClass'),
    trafficDistribution: optionalStringField(spec, 'trafficDistribution'),
    portsPair,
    ports: decodesAsStruct(spec) ? portsOf(portsPair?.value) : undefined,
  };
}

function isExternallyAccessible(type: string, externalIPs: LNode | undefined): boolean {
  return type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && !isEmpty(externalIPs));
}

/** A `[]string` whose items always have their node. */
function stringItemsField(parent: LNode | undefined, key: string): Decoded<readonly DecodedItem<string>[]> | undefined {
  const list = stringListField(parent, key);
  if (!list) return undefined;
  const decodedItems = list.value.flatMap((item) => (item.node ? [{ ...item, node: item.node }] : []));
  return { ...list, value: decodedItems };
}

interface IPFieldDecodings {
  readonly clusterIP: Decoded<string> | undefined;
  readonly clusterIPs: Decoded<readonly DecodedItem<string>[]> | undefined;
  readonly ipFamilies: Decoded<readonly DecodedItem<string>[]> | undefined;
  readonly ipFamilyPolicy: Decoded<string | undefined> | undefined;
}

/** A field of the wrong YAML type makes the decoder refuse the whole object: then there is no view at all. */
function ipFieldsOf(
  spec: LNode | undefined,
  type: Decoded<string> | undefined,
  { clusterIP, clusterIPs, ipFamilies, ipFamilyPolicy }: IPFieldDecodings,
): ServiceIPFields | undefined {
  if (!type || !clusterIP || !clusterIPs || !ipFamilies || !ipFamilyPolicy) return undefined;
  const effective = normalizedClusterIPs(clusterIP, clusterIPs.value);
  return {
    spec,
    type: type.value || 'ClusterIP',
    clusterIP: clusterIP.value,
    clusterIPPair: clusterIP.pair,
    clusterIPsPair: clusterIPs.value.length > 0 ? clusterIPs.pair : undefined,
    clusterIPs: effective,
    headless: effective.length === 1 && effective[0].value === 'None',
    ipFamiliesPair: ipFamilies.pair,
    ipFamilies: ipFamilies.value,
    ipFamilyPolicyPair: ipFamilyPolicy.pair,
    ipFamilyPolicy: ipFamilyPolicy.value,
  };
}

/** On create the registry sets `clusterIPs = [clusterIP]` when only the singular is given; never the reverse. */
function normalizedClusterIPs(
  clusterIP: Decoded<string>,
  written: readonly DecodedItem<string>[],
): readonly DecodedItem<string>[] {
  if (written.length > 0 || clusterIP.value === '' || clusterIP.pair === undefined) return written;
  return [{ value: clusterIP.value, node: clusterIP.pair.value, pair: undefined }];
}

/** The node a whole-list `spec.clusterIPs` error is about: the written list, else the `clusterIP` it came from. */
export function clusterIPsNode(fields: ServiceIPFields): LNode | undefined {
  return fields.clusterIPsPair?.value ?? fields.clusterIPPair?.value;
}

/** The effective clusterIPs as upstream passes them as a bad value. */
export function clusterIPValues(fields: ServiceIPFields): string[] {
  return fields.clusterIPs.map((ip) => ip.value);
}

function portsOf(node: LNode | undefined): readonly ServicePortFields[] | undefined {
  return goList(node)?.map(portFields);
}

function portFields(node: LNode, index: number): ServicePortFields {
  if (!isMap(node) && !isNull(node)) return undecodablePort(node, index);
  const port = int32Field(node, 'port');
  return {
    index,
    node,
    name: stringField(node, 'name'),
    port,
    protocol: withDefault(stringField(node, 'protocol'), 'TCP'),
    targetPort: defaultedTargetPort(intOrStringField(node, 'targetPort'), port),
    appProtocol: optionalStringField(node, 'appProtocol'),
    nodePort: int32Field(node, 'nodePort'),
  };
}

/** A list item that is neither a map nor null (`- 80`): the decoder refuses it, so nothing about it is known. */
function undecodablePort(node: LNode, index: number): ServicePortFields {
  return {
    index,
    node,
    name: undefined,
    port: undefined,
    protocol: undefined,
    targetPort: undefined,
    appProtocol: undefined,
    nodePort: undefined,
  };
}

function withDefault(field: Decoded<string> | undefined, fallback: string): Decoded<string> | undefined {
  return field && field.value === '' ? { ...field, value: fallback } : field;
}

/** `SetDefaults_Service`: a targetPort of 0 or "" becomes the port number, even when that number is invalid. */
function defaultedTargetPort(
  written: Decoded<IntOrString> | undefined,
  port: Decoded<number> | undefined,
): Decoded<IntOrString> | undefined {
  if (!written) return undefined;
  const { value } = written;
  const unset = value.kind === 'int' ? value.value === 0 : value.value === '';
  if (!unset) return written;
  return port ? { ...written, value: { kind: 'int', value: port.value } } : undefined;
}

/** `targetPort` was left for defaulting: absent, null, 0 or "". */
export function isDefaultedTargetPort(port: ServicePortFields): boolean {
  const pair = port.targetPort?.pair;
  if (!pair || !isScalar(pair.value)) return true;
  const written = pair.value.value;
  return written === null || written === 0 || written === '';
}

// --- the lenient view -----------------------------------------------------------------------------------------

/**
 * The Service as the workspace index, hovers and the preview read it: {@link DecodedService} with v1 defaults
 * applied and a field the decoder refuses read as absent, so that a manifest with a mistake still shows what it
 * can.
 */
export interface ServiceView {
  readonly root: LMap;
  readonly spec: LNode | undefined;
  /** Effective type: `ClusterIP` when empty. */
  readonly type: string;
  readonly ports: readonly PortView[];
  readonly portsNode: LNode | undefined;
  readonly clusterIP: string;
  /** Effective clusterIPs: `[clusterIP]` when clusterIP is set and clusterIPs is empty. */
  readonly clusterIPs: readonly string[];
  readonly headless: boolean;
  /** Effective session affinity: `None` when empty. */
  readonly sessionAffinity: string;
  /** NodePort, LoadBalancer, or a ClusterIP with externalIPs: the ones that get an external traffic policy. */
  readonly externallyAccessible: boolean;
}

export interface PortView {
  readonly index: number;
  readonly node: LNode;
  readonly name: string;
  /** Effective protocol: `TCP` when empty. */
  readonly protocol: string;
  readonly port: number | undefined;
  readonly nodePort: number | undefined;
  /** Effective targetPort: the port itself when unset, 0 or "". */
  readonly targetPort: number | string | undefined;
  /** The explicit targetPort entry, when one is written and not defaulted away. */
  readonly targetPortPair: LPair | undefined;
}

const views = new WeakMap<DecodedService, ServiceView>();

export function serviceView(object: K8sObject): ServiceView {
  const service = decodeService(object);
  let view = views.get(service);
  if (!view) views.set(service, (view = viewOf(service)));
  return view;
}

function viewOf(service: DecodedService): ServiceView {
  const clusterIP = service.clusterIP?.value ?? '';
  const written = service.clusterIPs?.value.map((ip) => ip.value) ?? [];
  const clusterIPs = written.length === 0 && clusterIP !== '' ? [clusterIP] : written;
  return {
    root: service.root,
    spec: service.spec,
    type: service.effectiveType,
    ports: (service.ports ?? []).map(portView),
    portsNode: service.portsPair?.value,
    clusterIP,
    clusterIPs,
    headless: clusterIPs.length === 1 && clusterIPs[0] === 'None',
    sessionAffinity: service.sessionAffinity?.value || 'None',
    externallyAccessible: service.externallyAccessible,
  };
}

function portView(port: ServicePortFields): PortView {
  const number = writtenValue(port.port);
  const defaulted = port.targetPort === undefined || isDefaultedTargetPort(port);
  return {
    index: port.index,
    node: port.node,
    name: port.name?.value ?? '',
    protocol: port.protocol?.value ?? 'TCP',
    port: number,
    nodePort: writtenValue(port.nodePort),
    targetPort: defaulted ? number : port.targetPort?.value.value,
    targetPortPair: defaulted ? undefined : port.targetPort?.pair,
  };
}

