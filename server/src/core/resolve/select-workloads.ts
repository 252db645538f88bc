import type { IndexedService, IndexedWorkload } from '../index/indexed-object';
import type { WorkspaceIndex } from '../index/workspace-index';

/**
 * The workloads of the workspace whose pods a Service selects: same namespace, every selector pair among the pod
 * template's labels or added by the workload's controller (a StatefulSet's pod name, a Job's name), keys of
 * `kubeSvc.ignoreLabels` left out. An ExternalName Service and one with an absent or empty selector select nothing; a workload
 * scaled to `replicas: 0` still counts (it is the Service's backend, merely idle).
 */
export function selectWorkloads(index: WorkspaceIndex, service: IndexedService): IndexedWorkload[] {
  if (service.externalName) return [];
  return index.workloadsSelectedBy(service.namespace, service.selector);
}

/** The Services of the workspace that select a workload's pods (the reverse of {@link selectWorkloads}). */
export function servicesSelecting(index: WorkspaceIndex, workload: IndexedWorkload): IndexedService[] {
  return index
    .servicesIn(workload.namespace)
    .filter((service) => !service.externalName && index.selects(service.selector, workload));
}
