import type { IndexedWorkload } from '../index/indexed-object';
import type { Container, ContainerPort } from '../index/object-facts';
import type { PortView } from '../model/service';

/** What a Service port's targetPort names: a container port's name, or a number. */
export type TargetPortRef =
  { readonly kind: 'name'; readonly name: string } | { readonly kind: 'number'; readonly number: number };

/**
 * - `resolved`: a selected container declares the port with the Service port's protocol;
 * - `undeclared`: a number no selected container declares: traffic still goes there (containerPort is informational);
 * - `name-not-found`: a name no selected container declares: the port gets no endpoints;
 * - `protocol-mismatch`: declared only with another protocol;
 * - `no-workloads`: nothing is selected in the workspace (or the Service has no selector / is ExternalName);
 * - `unknown`: not found, but an operator builds some selected pods (their containers are not in the manifest);
 * - `no-target-port`: the targetPort cannot be read (another rule reports it).
 */
export type TargetPortStatus =
  'resolved' | 'undeclared' | 'name-not-found' | 'protocol-mismatch' | 'no-workloads' | 'unknown' | 'no-target-port';

export interface ContainerPortMatch {
  readonly workload: IndexedWorkload;
  readonly container: Container;
  readonly port: ContainerPort;
}

/** How one selected workload answers the targetPort. */
export interface WorkloadTarget {
  readonly workload: IndexedWorkload;
  /** Container ports with the name (or number) and the protocol: where the traffic lands. */
  readonly matches: readonly ContainerPortMatch[];
  /** Container ports with the name (or number) but another protocol. */
  readonly protocolMismatches: readonly ContainerPortMatch[];
}

export interface TargetPortResolution {
  /** The Service port (`spec.ports[port.index]`). */
  readonly port: PortView;
  readonly target: TargetPortRef | undefined;
  readonly status: TargetPortStatus;
  readonly workloads: readonly WorkloadTarget[];
  readonly matches: readonly ContainerPortMatch[];
  readonly protocolMismatches: readonly ContainerPortMatch[];
}

/** The effective targetPort of a Service port: the port number when unset, 0 or "". */
export function targetPortRef(port: PortView): TargetPortRef | undefined {
  const { targetPort } = port;
  if (typeof targetPort === 'number') return { kind: 'number', number: targetPort };
  if (typeof targetPort === 'string' && targetPort !== '') return { kind: 'name', name: targetPort };
  return undefined;
}

/**
 * The container ports a Service port reaches in the selected workloads, as the endpoints controller finds them
 * (`podutil.FindPort`): a name is looked up in every container of the pod, sidecars included, with the Service
 * port's protocol; a number is used as it is, whether or not a container declares it.
 */
export function resolveTargetPort(port: PortView, workloads: readonly IndexedWorkload[]): TargetPortResolution {
  const target = targetPortRef(port);
  const perWorkload = target ? workloads.map((workload) => workloadTarget(workload, target, port.protocol)) : [];
  const matches = perWorkload.flatMap((w) => w.matches);
  const protocolMismatches = perWorkload.flatMap((w) => w.protocolMismatches);
  return {
    port,
    target,
    status: statusOf(target, workloads, matches, protocolMismatches),
    workloads: perWorkload,
    matches,
    protocolMismatches,
  };
}

function workloadTarget(workload: IndexedWorkload, target: TargetPortRef, protocol: string): WorkloadTarget {
  const matches: ContainerPortMatch[] = [];
  const protocolMismatches: ContainerPortMatch[] = [];
  for (const container of workload.template.containers) {
    for (const port of container.ports) {
      const same = target.kind === 'name' ? port.name === target.name : port.containerPort === target.number;
      if (!same) continue;
      (port.protocol === protocol ? matches : protocolMismatches).push({ workload, container, port });
    }
  }
  return { workload, matches, protocolMismatches };
}

function statusOf(
  target: TargetPortRef | undefined,
  workloads: readonly IndexedWorkload[],
  matches: readonly ContainerPortMatch[],
  protocolMismatches: readonly ContainerPortMatch[],
): TargetPortStatus {
  if (!target) return 'no-target-port';
  if (workloads.length === 0) return 'no-workloads';
  if (matches.length > 0) return 'resolved';
  if (protocolMismatches.length > 0) return 'protocol-mismatch';
  if (workloads.some((w) => w.template.opaque)) return 'unknown';
  return target.kind === 'name' ? 'name-not-found' : 'undeclared';
}
