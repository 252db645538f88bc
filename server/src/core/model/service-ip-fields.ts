import { get, isScalar, isSeq, pairOf } from '../parse/located-node';
import type { LNode, LPair } from '../parse/located-node';
import type { K8sObject } from './k8s-object';

/**
 * What the rules about a Service's type, cluster IPs and IP families read, decoded the way the API server's
 * decoder does and with the registry's create-time `clusterIP` → `clusterIPs` normalisation applied
 * (`normalizeClusterIPs` in pkg/registry/core/service/storage). A field of the wrong YAML type makes the decoder
 * refuse the whole object, so then there is no view at all and the rules stay silent.
 */
export interface ServiceIPFields {
  readonly spec: LNode | undefined;
  /** Effective type: `ClusterIP` when empty (`SetDefaults_Service`). */
  readonly type: string;
  readonly clusterIP: string;
  readonly clusterIPPair: LPair | undefined;
  /** The written `clusterIPs` pair; undefined when it is absent (or the list was filled from `clusterIP`). */
  readonly clusterIPsPair: LPair | undefined;
  /** Effective clusterIPs; a list filled from `clusterIP` points at the `clusterIP` value node. */
  readonly clusterIPs: readonly LocatedString[];
  /** `isHeadlessService`: clusterIPs is exactly `["None"]`. */
  readonly headless: boolean;
  readonly ipFamiliesPair: LPair | undefined;
  readonly ipFamilies: readonly LocatedString[];
  readonly ipFamilyPolicyPair: LPair | undefined;
  /** The policy as written; undefined when absent or null (a nil pointer). `""` is a set value. */
  readonly ipFamilyPolicy: string | undefined;
}

export interface LocatedString {
  readonly value: string;
  readonly node: LNode;
}

/** The decoder's verdict on a field: its Go value, or REFUSED when the YAML type cannot be decoded into it. */
export const REFUSED = Symbol('refused');
export type Decoded<T> = T | typeof REFUSED;

/** A Go `string` field: `""` when absent or null. */
export function decodeString(node: LNode | undefined): Decoded<string> {
  if (node === undefined) return '';
  if (!isScalar(node)) return REFUSED;
  if (node.value === null) return '';
  return typeof node.value === 'string' ? node.value : REFUSED;
}

/** A Go `*string` field: undefined (nil) when absent or null. */
export function decodeOptionalString(node: LNode | undefined): Decoded<string | undefined> {
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  return decodeString(node);
}

/** A Go `[]string` field: null items decode to `""`; any other non-string item refuses the object. */
export function decodeStringList(node: LNode | undefined): Decoded<LocatedString[]> {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) return REFUSED;
  const out: LocatedString[] = [];
  for (const item of node.items) {
    const value = decodeString(item);
    if (value === REFUSED) return REFUSED;
    out.push({ value, node: item });
  }
  return out;
}

export function serviceIPFields(object: K8sObject): ServiceIPFields | undefined {
  const spec = get(object.root, 'spec');
  const type = decodeString(get(spec, 'type'));
  const clusterIPPair = pairOf(spec, 'clusterIP');
  const clusterIP = decodeString(clusterIPPair?.value);
  const clusterIPsPair = pairOf(spec, 'clusterIPs');
  const writtenIPs = decodeStringList(clusterIPsPair?.value);
  const ipFamiliesPair = pairOf(spec, 'ipFamilies');
  const ipFamilies = decodeStringList(ipFamiliesPair?.value);
  const ipFamilyPolicyPair = pairOf(spec, 'ipFamilyPolicy');
  const ipFamilyPolicy = decodeOptionalString(ipFamilyPolicyPair?.value);
  if (
    type === REFUSED ||
    clusterIP === REFUSED ||
    writtenIPs === REFUSED ||
    ipFamilies === REFUSED ||
    ipFamilyPolicy === REFUSED
  ) {
    return undefined;
  }
  const clusterIPs = normalizedClusterIPs(clusterIP, clusterIPPair, writtenIPs);
  return {
    spec,
    type: type || 'ClusterIP',
    clusterIP,
    clusterIPPair,
    clusterIPsPair: writtenIPs.length > 0 ? clusterIPsPair : undefined,
    clusterIPs,
    headless: clusterIPs.length === 1 && clusterIPs[0].value === 'None',
    ipFamiliesPair,
    ipFamilies,
    ipFamilyPolicyPair,
    ipFamilyPolicy,
  };
}

/** On create the registry sets `clusterIPs = [clusterIP]` when only the singular is given; never the reverse. */
function normalizedClusterIPs(
  clusterIP: string,
  clusterIPPair: LPair | undefined,
  written: LocatedString[],
): LocatedString[] {
  if (written.length > 0 || clusterIP === '' || clusterIPPair === undefined) return written;
  return [{ value: clusterIP, node: clusterIPPair.value }];
}

/** The node a whole-list `spec.clusterIPs` error is about: the written list, else the `clusterIP` it came from. */
export function clusterIPsNode(fields: ServiceIPFields): LNode | undefined {
  return fields.clusterIPsPair?.value ?? fields.clusterIPPair?.value;
}

/** The effective clusterIPs as upstream passes them as a bad value. */
export function clusterIPValues(fields: ServiceIPFields): string[] {
  return fields.clusterIPs.map((ip) => ip.value);
}
