import type { IndexedEndpointSlice, IndexedEndpoints, IndexedService, IndexedWorkload } from '../index/indexed-object';
import type { Labels } from '../index/labels';
import type { IngressBackendUse, WorkspaceIndex } from '../index/workspace-index';
import { resolveTargetPort } from './resolve-target-port';
import type { TargetPortResolution } from './resolve-target-port';
import { selectWorkloads } from './select-workloads';

/**
 * Where a Service's endpoints come from: its selector's pods, objects written by hand (no selector: Endpoints or
 * EndpointSlices of its name), or DNS (ExternalName, which has no endpoints).
 */
export type ServiceBacking = 'selector' | 'manual' | 'external-name';

/** What a Service reaches in the workspace, and what reaches it. */
export interface ServiceResolution {
  readonly service: IndexedService;
  readonly backing: ServiceBacking;
  /** Empty for `manual` and `external-name`. */
  readonly selector: Labels;
  /** The selected workloads, in the Service's namespace. */
  readonly workloads: readonly IndexedWorkload[];
  /** One per `spec.ports` entry, in order. */
  readonly ports: readonly TargetPortResolution[];
  /** Endpoints of the same name and namespace. */
  readonly endpoints: readonly IndexedEndpoints[];
  /** EndpointSlices labelled `kubernetes.io/service-name` with its name, in its namespace. */
  readonly endpointSlices: readonly IndexedEndpointSlice[];
  /** Ingress backends of its namespace that name it. */
  readonly ingressBackends: readonly IngressBackendUse[];
}

export function serviceBacking(service: IndexedService): ServiceBacking {
  if (service.externalName) return 'external-name';
  return Object.keys(service.selector).length > 0 ? 'selector' : 'manual';
}

export function resolveService(index: WorkspaceIndex, service: IndexedService): ServiceResolution {
  const backing = serviceBacking(service);
  const workloads = selectWorkloads(index, service);
  const named = service.name !== '';
  return {
    service,
    backing,
    selector: backing === 'selector' ? service.selector : {},
    workloads,
    ports: service.view.ports.map((port) => resolveTargetPort(port, workloads)),
    endpoints: named ? index.endpointsNamed(service.namespace, service.name) : [],
    endpointSlices: named ? index.endpointSlicesOf(service.namespace, service.name) : [],
    ingressBackends: named ? index.ingressBackendsTo(service.namespace, service.name) : [],
  };
}
