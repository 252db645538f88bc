import { isMap, isScalar, isSeq, pairOf } from '../parse/located-node';
import type { LNode, LPair, Span } from '../parse/located-node';
import type { K8sObject } from './k8s-object';

/**
 * `spec.ports` as the API server's decoder and v1 defaulting (`SetDefaults_Service`) leave it, for the port rules.
 * A field that Go would refuse to decode (`port: "80"`, `protocol: 6`) is `undefined`: the decoder rejects the
 * object before validation runs, another rule says so, and the port rules stay silent about it.
 */

/** A decoded field: its Go value (the zero value when absent or null) and the pair written in the source, if any. */
export interface Decoded<T> {
  readonly value: T;
  readonly pair: LPair | undefined;
}

export type IntOrString =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string };

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

export interface ServicePortsSpec {
  /** The `spec` pair, when written. */
  readonly specPair: LPair | undefined;
  /** The `ports` pair, when written. */
  readonly portsPair: LPair | undefined;
  readonly ports: readonly ServicePortFields[];
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** `spec.ports` of a Service; undefined when `spec` or `ports` has a type the decoder refuses. */
export function servicePortsOf(object: K8sObject): ServicePortsSpec | undefined {
  const specPair = pairOf(object.root, 'spec');
  if (specPair && !isMap(specPair.value) && !isNull(specPair.value)) return undefined;
  const spec = specPair?.value;
  const portsPair = pairOf(spec, 'ports');
  if (portsPair && !isSeq(portsPair.value) && !isNull(portsPair.value)) return undefined;
  const items = isSeq(portsPair?.value) ? portsPair.value.items : [];
  return { specPair, portsPair, ports: items.map(portFields) };
}

function portFields(node: LNode, index: number): ServicePortFields {
  const item = isMap(node) ? node : undefined;
  if (!item && !isNull(node)) return undecodablePort(node, index);
  const port = int32Field(pairOf(item, 'port'));
  return {
    index,
    node,
    name: stringField(pairOf(item, 'name')),
    port,
    protocol: withDefault(stringField(pairOf(item, 'protocol')), 'TCP'),
    targetPort: defaultedTargetPort(intOrStringField(pairOf(item, 'targetPort')), port),
    appProtocol: optionalStringField(pairOf(item, 'appProtocol')),
    nodePort: int32Field(pairOf(item, 'nodePort')),
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

function isNull(node: LNode | undefined): boolean {
  return isScalar(node) && node.value === null;
}

/** An int32 field: absent or null is 0; a non-integer or a number outside int32 does not decode. */
export function int32Field(pair: LPair | undefined): Decoded<number> | undefined {
  if (!pair || isNull(pair.value)) return { value: 0, pair };
  const value = pair.value;
  if (!isScalar(value) || typeof value.value !== 'number') return undefined;
  if (!Number.isInteger(value.value) || value.value < INT32_MIN || value.value > INT32_MAX) return undefined;
  return { value: value.value, pair };
}

/** A string field: absent or null is "". */
export function stringField(pair: LPair | undefined): Decoded<string> | undefined {
  if (!pair || isNull(pair.value)) return { value: '', pair };
  const value = pair.value;
  return isScalar(value) && typeof value.value === 'string' ? { value: value.value, pair } : undefined;
}

/** A `*string` field: absent or null is nil. */
function optionalStringField(pair: LPair | undefined): Decoded<string | undefined> | undefined {
  if (!pair || isNull(pair.value)) return { value: undefined, pair };
  return stringField(pair);
}

function withDefault(field: Decoded<string> | undefined, fallback: string): Decoded<string> | undefined {
  return field && field.value === '' ? { value: fallback, pair: field.pair } : field;
}

/**
 * `intstr.IntOrString`: a quoted scalar (or any YAML string) is a string, a plain integer an int32; null leaves the
 * zero value (int 0). Anything else does not decode.
 */
function intOrStringField(pair: LPair | undefined): Decoded<IntOrString> | undefined {
  const value = pair?.value;
  if (isScalar(value) && typeof value.value === 'string') {
    return { value: { kind: 'string', value: value.value }, pair };
  }
  const int = int32Field(pair);
  return int ? { value: { kind: 'int', value: int.value }, pair } : undefined;
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
  return port ? { value: { kind: 'int', value: port.value }, pair: written.pair } : undefined;
}

/** Where to point for a field's value: the written value, else `fallback` (the node it was defaulted from). */
export function valueSpan(field: Decoded<unknown>, fallback: LNode): Span {
  return field.pair ? field.pair.value.span : fallback.span;
}

