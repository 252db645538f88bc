import { get, isMap, isScalar, isSeq, pairOf } from '../parse/located-node';
import type { LNode, Span } from '../parse/located-node';
import type { K8sObject } from './k8s-object';

/**
 * An Endpoints object's `subsets` as `validateEndpointSubsets` sees them after v1 decoding and defaulting
 * (`SetDefaults_Endpoints`): a missing or null field is Go's zero value, a field of the wrong YAML type is a decode
 * error (reported elsewhere) and is left out here, so the rules built on this view stay silent about it.
 * Local to the Endpoints rules: there is no Endpoints model in `model/` yet.
 */

/** A string field: `''` when missing or null, as Go decodes it. */
export interface StringField {
  readonly value: string;
  /** The written value node; undefined when the key is missing. */
  readonly node: LNode | undefined;
  /** The written `key: value` pair; undefined when the key is missing. */
  readonly pairSpan: Span | undefined;
}

export interface IntField {
  readonly value: number;
  readonly node: LNode | undefined;
  readonly pairSpan: Span | undefined;
}

/** A `*string` field: undefined when missing or null (a nil pointer), so `""` can be told from absent. */
export type OptionalStringField = StringField | undefined;

export interface EndpointAddressView {
  /** `subsets[i].addresses[j]` or `subsets[i].notReadyAddresses[j]`. */
  readonly path: string;
  readonly list: 'addresses' | 'notReadyAddresses';
  readonly subsetIndex: number;
  readonly index: number;
  /** The list item; a null item decodes to an empty address. */
  readonly node: LNode;
  /** Undefined when `ip` has the wrong type. */
  readonly ip: StringField | undefined;
  readonly hostname: StringField | undefined;
  /** Undefined when absent, null or of the wrong type. */
  readonly nodeName: OptionalStringField;
}

export interface EndpointPortView {
  /** `subsets[i].ports[k]`. */
  readonly path: string;
  readonly subsetIndex: number;
  readonly index: number;
  readonly node: LNode;
  readonly name: StringField | undefined;
  /** The port number (0 when missing); undefined when it would not decode into an int32. */
  readonly port: IntField | undefined;
  /** Effective protocol: `TCP` when empty (`SetDefaults_Endpoints`); undefined when of the wrong type. */
  readonly protocol: StringField | undefined;
  readonly appProtocol: OptionalStringField;
}

export interface EndpointSubsetView {
  /** `subsets[i]`. */
  readonly path: string;
  readonly index: number;
  readonly node: LNode;
  /** Undefined when the list has the wrong type (a decode error). */
  readonly addresses: readonly EndpointAddressView[] | undefined;
  readonly notReadyAddresses: readonly EndpointAddressView[] | undefined;
  readonly ports: readonly EndpointPortView[] | undefined;
  /** How many items `ports` has, decodable or not: `len(ss.Ports)`. */
  readonly portCount: number;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** The subsets in order; none when `subsets` is missing, null or not a list. */
export function endpointSubsets(object: K8sObject): EndpointSubsetView[] {
  const subsets = listItems(get(object.root, 'subsets'));
  if (!subsets) return [];
  const views: EndpointSubsetView[] = [];
  subsets.forEach((node, index) => {
    const subset = structOf(node);
    if (subset !== undefined) views.push(subsetView(node, subset, index));
  });
  return views;
}

/** Every address of every subset, ready ones first within a subset, as `validateEndpointSubsets` walks them. */
export function endpointAddresses(object: K8sObject): EndpointAddressView[] {
  return endpointSubsets(object).flatMap((s) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])]);
}

export function endpointPorts(object: K8sObject): EndpointPortView[] {
  return endpointSubsets(object).flatMap((s) => s.ports ?? []);
}

/**
 * The span to report for a field's value: the value when written (`ip: ""`), the whole pair when the value is
 * empty (`ip:`), the list item when the key is missing.
 */
export function valueSpan(field: StringField | IntField | undefined, item: LNode): Span {
  const node = field?.node;
  if (node && node.span.end > node.span.start) return node.span;
  return field?.pairSpan ?? item.span;
}

function subsetView(node: LNode, subset: StructFields, index: number): EndpointSubsetView {
  const path = `subsets[${index}]`;
  return {
    path,
    index,
    node,
    addresses: addressViews(subset, 'addresses', path, index),
    notReadyAddresses: addressViews(subset, 'notReadyAddresses', path, index),
    ports: portViews(subset, path, index),
    portCount: listItems(subset.get('ports'))?.length ?? 0,
  };
}

function addressViews(
  subset: StructFields,
  list: 'addresses' | 'notReadyAddresses',
  subsetPath: string,
  subsetIndex: number,
): EndpointAddressView[] | undefined {
  const nodes = listItems(subset.get(list));
  if (!nodes) return undefined;
  const views: EndpointAddressView[] = [];
  nodes.forEach((node, index) => {
    const address = structOf(node);
    if (address === undefined) return;
    views.push({
      path: `${subsetPath}.${list}[${index}]`,
      list,
      subsetIndex,
      index,
      node,
      ip: stringField(address, 'ip'),
      hostname: stringField(address, 'hostname'),
      nodeName: optionalStringField(address, 'nodeName'),
    });
  });
  return views;
}

function portViews(subset: StructFields, subsetPath: string, subsetIndex: number): EndpointPortView[] | undefined {
  const nodes = listItems(subset.get('ports'));
  if (!nodes) return undefined;
  const views: EndpointPortView[] = [];
  nodes.forEach((node, index) => {
    const port = structOf(node);
    if (port === undefined) return;
    views.push({
      path: `${subsetPath}.ports[${index}]`,
      subsetIndex,
      index,
      node,
      name: stringField(port, 'name'),
      port: int32Field(port, 'port'),
      protocol: defaultedProtocol(stringField(port, 'protocol')),
      appProtocol: optionalStringField(port, 'appProtocol'),
    });
  });
  return views;
}

/** `SetDefaults_Endpoints`: an empty protocol becomes `TCP` before validation. */
function defaultedProtocol(field: StringField | undefined): StringField | undefined {
  if (field === undefined || field.value !== '') return field;
  return { ...field, value: 'TCP' };
}

/** Reads the fields of a struct-typed node: a map, or null (which decodes to the zero struct). */
interface StructFields {
  get(key: string): LNode | undefined;
  pairSpan(key: string): Span | undefined;
}

function structOf(node: LNode): StructFields | undefined {
  if (isMap(node)) {
    return { get: (key) => pairOf(node, key)?.value, pairSpan: (key) => pairOf(node, key)?.span };
  }
  if (isNull(node)) return { get: () => undefined, pairSpan: () => undefined };
  return undefined;
}

/** A list's items; `[]` when missing or null, undefined when of the wrong type. */
function listItems(node: LNode | undefined): readonly LNode[] | undefined {
  if (node === undefined || isNull(node)) return [];
  return isSeq(node) ? node.items : undefined;
}

function stringField(struct: StructFields, key: string): StringField | undefined {
  const node = struct.get(key);
  const pairSpan = struct.pairSpan(key);
  if (node === undefined || isNull(node)) return { value: '', node, pairSpan };
  if (isScalar(node) && typeof node.value === 'string') return { value: node.value, node, pairSpan };
  return undefined;
}

function optionalStringField(struct: StructFields, key: string): OptionalStringField {
  const node = struct.get(key);
  if (node === undefined || isNull(node)) return undefined;
  return stringField(struct, key);
}

/** Go's decoder refuses a non-integer or one that overflows int32. */
function int32Field(struct: StructFields, key: string): IntField | undefined {
  const node = struct.get(key);
  const pairSpan = struct.pairSpan(key);
  if (node === undefined || isNull(node)) return { value: 0, node, pairSpan };
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) return undefined;
  if (node.value < INT32_MIN || node.value > INT32_MAX) return undefined;
  return { value: node.value, node, pairSpan };
}

function isNull(node: LNode): boolean {
  return isScalar(node) && node.value === null;
}
