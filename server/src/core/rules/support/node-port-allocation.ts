import { goString } from '../../model/decoded';
import { isCore } from '../../model/k8s-object';
import type { K8sObject } from '../../model/k8s-object';
import { decodeService } from '../../model/service';
import type { DecodedService, ServicePortFields } from '../../model/service';
import { get } from '../../parse/located-node';
import type { LNode, Span } from '../../parse/located-node';
import type { PortRange } from '../../settings';
import type { FileRuleContext } from '../rule';
import type { ProblemHead } from './problems';

/**
 * A replay of the cluster's node-port allocator over the Services of one file, as `kubectl apply -f` creates them
 * in order on a cluster where no other Service holds a node port. It follows the registry's create path
 * (pkg/registry/core/service/storage/alloc.go `txnAllocNodePorts`, `initNodePorts`, `allocHealthCheckNodePort`)
 * and portallocator's `Allocate`:
 * - only NodePort and LoadBalancer Services get node ports; ClusterIP and ExternalName ones are skipped;
 * - numbers are allocated cluster-wide whatever the protocol; ports with the same `port` number share the first
 *   one's nodePort (TCP+UDP on 53 → one nodePort), any other reuse of a number is "already allocated";
 * - a Service stops at its first refusal and gives back what it took (the operation is rolled back);
 * - then `healthCheckNodePort` for a LoadBalancer with `externalTrafficPolicy: Local`.
 * Ports left at 0 are assigned from free numbers by the cluster and never conflict here.
 */

export type RefusalKind = 'range' | 'allocated';

export interface NodePortRefusal {
  readonly kind: RefusalKind;
  readonly documentIndex: number;
  readonly field: string;
  readonly nodePort: number;
  readonly span: Span;
  /** The allocator's own text, as the API server returns it. */
  readonly detail: string;
  /** The port entry the error path names; undefined for healthCheckNodePort. */
  readonly index: number | undefined;
  /** Who already holds the number, for 'allocated'. */
  readonly holder?: Holder;
}

export interface Holder {
  /** `metadata.name` of the Service holding it; "" when it has none (generateName). */
  readonly service: string;
  readonly documentIndex: number;
  readonly field: string;
  /** True when the holder is an earlier field of the refused Service itself. */
  readonly sameService: boolean;
}

type ObjectAt = FileRuleContext['objects'][number];

/** `ErrNotInRange` with the range as `net.PortRange.String()` prints it. */
export function notInRangeText(range: PortRange): string {
  return `provided port is not in the valid range. The range of valid ports is ${range.min}-${range.max}`;
}

/** What the API server answers for a refusal: the allocator's text at the refused number. */
export function refusalProblem(refusal: NodePortRefusal): ProblemHead {
  return { field: refusal.field, type: 'Invalid', span: refusal.span, value: refusal.nodePort, detail: refusal.detail };
}

/** `ErrAllocated`. */
export const ALREADY_ALLOCATED_TEXT = 'provided port is already allocated';

/**
 * The replay runs on every keystroke over every Service of the file, so what each Service asks for is decoded once
 * per object (objects are immutable and cached with their document's text), and the refusals are kept for the
 * objects list they came from: `node-port-range` and `node-port-allocated` get the same list in one check.
 */
const requests = new WeakMap<K8sObject, ServiceRequest>();
const replays = new WeakMap<readonly ObjectAt[], { readonly range: PortRange; readonly refusals: NodePortRefusal[] }>();

export function allocateNodePorts(objects: readonly ObjectAt[], range: PortRange): NodePortRefusal[] {
  const replayed = replays.get(objects);
  if (replayed && replayed.range.min === range.min && replayed.range.max === range.max) return replayed.refusals;
  const cluster = new ClusterNodePorts(range);
  const refusals: NodePortRefusal[] = [];
  for (const { object, documentIndex } of objects) {
    if (!isCore(object, 'Service')) continue;
    let request = requests.get(object);
    if (!request) requests.set(object, (request = new ServiceRequest(object)));
    const refusal = allocateService(request, documentIndex, cluster);
    if (refusal) refusals.push(refusal);
  }
  replays.set(objects, { range, refusals });
  return refusals;
}

/** The numbers held so far, by Services already created from this file. */
class ClusterNodePorts {
  private readonly held = new Map<number, Holder>();
  private readonly byService = new Map<string, number[]>();

  constructor(readonly range: PortRange) {}

  holderOf(nodePort: number): Holder | undefined {
    return this.held.get(nodePort);
  }

  /** A Service applied again under the same namespace/name is an update of the first: its ports are its own. */
  releaseEarlierVersion(identity: string | undefined): void {
    if (identity === undefined) return;
    for (const nodePort of this.byService.get(identity) ?? []) this.held.delete(nodePort);
    this.byService.delete(identity);
  }

  commit(identity: string | undefined, taken: ReadonlyMap<number, Holder>): void {
    for (const [nodePort, holder] of taken) this.held.set(nodePort, { ...holder, sameService: false });
    if (identity !== undefined) this.byService.set(identity, [...taken.keys()]);
  }
}

/** What one Service asks for, decoded; `decodable` is false when the decoder would refuse it first. */
class ServiceRequest {
  readonly type: string;
  readonly ports: readonly ServicePortFields[] | undefined;
  readonly name: string;
  readonly identity: string | undefined;
  /** Every port field and healthCheckNodePort decode; otherwise the decoder refuses the object first. */
  readonly decodable: boolean;
  /** `shouldAllocateNodePorts`: false only for a LoadBalancer with `allocateLoadBalancerNodePorts: false`. */
  readonly allocatesMissingNodePorts: boolean;
  /** `apiservice.NeedsHealthCheck`: a LoadBalancer with `externalTrafficPolicy: Local`. */
  readonly needsHealthCheck: boolean;

  readonly service: DecodedService;

  constructor(object: K8sObject) {
    this.service = decodeService(object);
    this.type = this.service.effectiveType;
    this.ports = this.service.ports;
    const metadata = get(object.root, 'metadata');
    this.name = goString(get(metadata, 'name')) ?? '';
    const namespace = goString(get(metadata, 'namespace')) ?? '';
    this.identity = this.name === '' ? undefined : `${namespace}/${this.name}`;
    const healthCheckNodePort = this.service.healthCheckNodePort;
    this.decodable = healthCheckNodePort !== undefined && this.ports !== undefined && this.ports.every(isDecodable);
    const flag = this.service.allocateLoadBalancerNodePorts?.value;
    this.allocatesMissingNodePorts = this.type === 'NodePort' || flag !== false;
    this.needsHealthCheck = this.type === 'LoadBalancer' && this.service.externalTrafficPolicy?.value === 'Local';
  }
}

function allocateService(
  request: ServiceRequest,
  documentIndex: number,
  cluster: ClusterNodePorts,
): NodePortRefusal | undefined {
  if (!request.decodable) return undefined;
  cluster.releaseEarlierVersion(request.identity);
  if (request.type !== 'NodePort' && request.type !== 'LoadBalancer') return undefined;
  const operation = new AllocationOperation(request, documentIndex, cluster);
  const refusal = operation.allocatePorts() ?? operation.allocateHealthCheckNodePort();
  if (!refusal) cluster.commit(request.identity, operation.taken);
  return refusal;
}

/** One Service's `PortAllocationOperation`: allocations are its own until committed. */
class AllocationOperation {
  readonly taken = new Map<number, Holder>();

  constructor(
    private readonly request: ServiceRequest,
    private readonly documentIndex: number,
    private readonly cluster: ClusterNodePorts,
  ) {}

  /** `initNodePorts`. */
  allocatePorts(): NodePortRefusal | undefined {
    const ports = this.request.ports ?? [];
    const nodePortOfPort = new Map<number, number>();
    for (const port of ports) {
      const nodePort = port.nodePort?.value ?? 0;
      const portNumber = port.port?.value ?? 0;
      if (nodePort === 0 && !this.request.allocatesMissingNodePorts) continue;
      const shared = nodePortOfPort.get(portNumber);
      if (shared === undefined) {
        const requested = findRequestedNodePort(portNumber, ports);
        if (!requested) continue; // AllocateNext: any free number
        const refusal = this.allocate(requested.nodePort?.value ?? 0, port.index, requested);
        if (refusal) return refusal;
        nodePortOfPort.set(portNumber, requested.nodePort?.value ?? 0);
      } else if (nodePort !== 0 && nodePort !== shared) {
        const refusal = this.allocate(nodePort, port.index, port);
        if (refusal) return refusal;
      }
    }
    return undefined;
  }

  /** `allocHealthCheckNodePort`, for a requested number only. */
  allocateHealthCheckNodePort(): NodePortRefusal | undefined {
    if (!this.request.needsHealthCheck) return undefined;
    const field = this.request.service.healthCheckNodePort;
    const requested = field?.value ?? 0;
    if (!field?.pair || requested === 0) return undefined;
    return this.allocate(requested, undefined, field.pair.value);
  }

  /** `PortAllocationOperation.Allocate` → `PortAllocator.Allocate`: range first, then the bitmap. */
  private allocate(
    nodePort: number,
    index: number | undefined,
    source: ServicePortFields | LNode,
  ): NodePortRefusal | undefined {
    const field = index === undefined ? 'spec.healthCheckNodePort' : `spec.ports[${index}].nodePort`;
    const span = 'kind' in source ? source.span : (source.nodePort?.pair?.value ?? source.node).span;
    const { range } = this.cluster;
    if (nodePort < range.min || nodePort > range.max) {
      return this.refusal('range', nodePort, index, field, span, notInRangeText(range));
    }
    const holder = this.taken.get(nodePort) ?? this.cluster.holderOf(nodePort);
    if (holder) return { ...this.refusal('allocated', nodePort, index, field, span, ALREADY_ALLOCATED_TEXT), holder };
    this.taken.set(nodePort, {
      service: this.request.name,
      documentIndex: this.documentIndex,
      field,
      sameService: true,
    });
    return undefined;
  }

  private refusal(
    kind: RefusalKind,
    nodePort: number,
    index: number | undefined,
    field: string,
    span: Span,
    allocatorText: string,
  ): NodePortRefusal {
    // The health check port's failure comes back as an internal error wrapping the allocator's text.
    const detail =
      index === undefined
        ? `failed to allocate requested HealthCheck NodePort ${nodePort}: ${allocatorText}`
        : allocatorText;
    return { kind, documentIndex: this.documentIndex, field, nodePort, span, detail, index };
  }
}

function isDecodable(port: ServicePortFields): boolean {
  const fields = [port.name, port.port, port.protocol, port.targetPort, port.appProtocol, port.nodePort];
  return fields.every((field) => field !== undefined);
}

/** `findRequestedNodePort`: the first port entry with this port number and a nodePort set. */
function findRequestedNodePort(port: number, ports: readonly ServicePortFields[]): ServicePortFields | undefined {
  return ports.find((p) => (p.port?.value ?? 0) === port && (p.nodePort?.value ?? 0) !== 0);
}
