import { get, int, isEmpty, isScalar, items, pairOf, str } from '../parse/located-node';
import type { LMap, LNode, LPair } from '../parse/located-node';
import type { K8sObject } from './k8s-object';

/**
 * A Service as validation sees it: the API server's v1 defaults (`SetDefaults_Service`) and the registry's
 * clusterIP → clusterIPs normalisation applied, with the YAML nodes kept for positions.
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

export function serviceView(object: K8sObject): ServiceView {
  const spec = get(object.root, 'spec');
  const type = str(get(spec, 'type')) || 'ClusterIP';
  const clusterIP = str(get(spec, 'clusterIP')) ?? '';
  const writtenIPs = itemStrings(get(spec, 'clusterIPs'));
  const clusterIPs = writtenIPs.length === 0 && clusterIP !== '' ? [clusterIP] : writtenIPs;
  const portsNode = get(spec, 'ports');
  return {
    root: object.root,
    spec,
    type,
    ports: items(portsNode).map(portView),
    portsNode,
    clusterIP,
    clusterIPs,
    headless: clusterIPs.length === 1 && clusterIPs[0] === 'None',
    sessionAffinity: str(get(spec, 'sessionAffinity')) || 'None',
    externallyAccessible:
      type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && !isEmpty(get(spec, 'externalIPs'))),
  };
}

/** Strings of a list; non-string items count as "" as the decoder would refuse them anyway. */
function itemStrings(node: LNode | undefined): string[] {
  return items(node).map((item) => str(item) ?? '');
}

export function portView(node: LNode, index: number): PortView {
  const port = int(get(node, 'port'));
  const targetPortPair = pairOf(node, 'targetPort');
  const written = targetPortValue(targetPortPair?.value);
  const defaulted = written === undefined || written === 0 || written === '';
  return {
    index,
    node,
    name: str(get(node, 'name')) ?? '',
    protocol: str(get(node, 'protocol')) || 'TCP',
    port,
    nodePort: int(get(node, 'nodePort')),
    targetPort: defaulted ? port : written,
    targetPortPair: defaulted ? undefined : targetPortPair,
  };
}

/** An int-or-string: a plain number is an int, a quoted one (`"8080"`) is a string. */
function targetPortValue(node: LNode | undefined): number | string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string') return node.value;
  return undefined;
}
