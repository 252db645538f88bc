import { get } from '../parse/located-node';
import type { LMap, LNode } from '../parse/located-node';
import { decodesAsStruct, goList, int32Field, optionalStringField, stringField } from './decoded';
import type { Decoded } from './decoded';
import type { K8sObject } from './k8s-object';

/**
 * An Endpoints object's `subsets` as `validateEndpointSubsets` sees them after v1 decoding and defaulting
 * (`SetDefaults_Endpoints`): a missing or null field is Go's zero value, a field of the wrong YAML type is a decode
 * error (reported elsewhere) and is `undefined` here, so the rules built on this view stay silent about it. A list
 * item that is neither a map nor null has every field `undefined` and `decodes: false`.
 */

/** An item of a subset's `addresses`, `notReadyAddresses` or `ports`. */
interface EndpointItemView {
  /** `subsets[i].addresses[j]`, `subsets[i].notReadyAddresses[j]` or `subsets[i].ports[k]`. */
  readonly path: string;
  readonly subsetIndex: number;
  readonly index: number;
  /** The list item; a null item decodes to an empty struct. */
  readonly node: LNode;
  /** False for an item that is neither a map nor null: every field is then undefined. */
  readonly decodes: boolean;
}

export interface EndpointAddressView extends EndpointItemView {
  readonly list: 'addresses' | 'notReadyAddresses';
  readonly ip: Decoded<string> | undefined;
  readonly hostname: Decoded<string> | undefined;
  /** A `*string`: `value` undefined when absent or null. */
  readonly nodeName: Decoded<string | undefined> | undefined;
}

export interface EndpointPortView extends EndpointItemView {
  readonly name: Decoded<string> | undefined;
  /** The port number (0 when missing). */
  readonly port: Decoded<number> | undefined;
  /** Effective protocol: `TCP` when empty (`SetDefaults_Endpoints`). */
  readonly protocol: Decoded<string> | undefined;
  readonly appProtocol: Decoded<string | undefined> | undefined;
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
}

const decoded = new WeakMap<LMap, EndpointSubsetView[]>();

/** The subsets in order; none when `subsets` is missing, null or not a list. Decoded once per object. */
export function endpointSubsets(object: K8sObject): EndpointSubsetView[] {
  let subsets = decoded.get(object.root);
  if (!subsets) decoded.set(object.root, (subsets = decodeSubsets(object.root)));
  return subsets;
}

/** Every address of every subset, ready ones first within a subset, as `validateEndpointSubsets` walks them. */
export function endpointAddresses(object: K8sObject): EndpointAddressView[] {
  return endpointSubsets(object).flatMap((s) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])]);
}

export function endpointPorts(object: K8sObject): EndpointPortView[] {
  return endpointSubsets(object).flatMap((s) => s.ports ?? []);
}

function decodeSubsets(root: LMap): EndpointSubsetView[] {
  const views: EndpointSubsetView[] = [];
  (goList(get(root, 'subsets')) ?? []).forEach((node, index) => {
    if (decodesAsStruct(node)) views.push(subsetView(node, index));
  });
  return views;
}

function subsetView(node: LNode, index: number): EndpointSubsetView {
  const path = `subsets[${index}]`;
  return {
    path,
    index,
    node,
    addresses: addressViews(node, 'addresses', path, index),
    notReadyAddresses: addressViews(node, 'notReadyAddresses', path, index),
    ports: portViews(node, path, index),
  };
}

function addressViews(
  subset: LNode,
  list: 'addresses' | 'notReadyAddresses',
  subsetPath: string,
  subsetIndex: number,
): EndpointAddressView[] | undefined {
  return itemViews(subset, list, subsetPath, subsetIndex, (node, decodes) => ({
    list,
    ip: decodes ? stringField(node, 'ip') : undefined,
    hostname: decodes ? stringField(node, 'hostname') : undefined,
    nodeName: decodes ? optionalStringField(node, 'nodeName') : undefined,
  }));
}

function portViews(subset: LNode, subsetPath: string, subsetIndex: number): EndpointPortView[] | undefined {
  return itemViews(subset, 'ports', subsetPath, subsetIndex, (node, decodes) => ({
    name: decodes ? stringField(node, 'name') : undefined,
    port: decodes ? int32Field(node, 'port') : undefined,
    protocol: decodes ? defaultedProtocol(stringField(node, 'protocol')) : undefined,
    appProtocol: decodes ? optionalStringField(node, 'appProtocol') : undefined,
  }));
}

/** The items of one list of a subset, each with its fields as `fields` decodes them. */
function itemViews<F>(
  subset: LNode,
  list: string,
  subsetPath: string,
  subsetIndex: number,
  fields: (node: LNode, decodes: boolean) => F,
): (EndpointItemView & F)[] | undefined {
  return goList(get(subset, list))?.map((node, index) => {
    const decodes = decodesAsStruct(node);
    return { path: `${subsetPath}.${list}[${index}]`, subsetIndex, index, node, decodes, ...fields(node, decodes) };
  });
}

/** `SetDefaults_Endpoints`: an empty protocol becomes `TCP` before validation. */
function defaultedProtocol(field: Decoded<string> | undefined): Decoded<string> | undefined {
  if (field === undefined || field.value !== '') return field;
  return { ...field, value: 'TCP' };
}
