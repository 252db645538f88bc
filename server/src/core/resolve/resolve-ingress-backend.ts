import type { IndexedIngress, IndexedService } from '../index/indexed-object';
import type { IngressBackend } from '../index/object-facts';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { PortView } from '../model/service';
import { nearestFirst } from './nearest';

/**
 * - `resolved`: the Service exists in the Ingress's namespace and has the port (or the backend names no port);
 * - `service-missing`: no Service of that name in the namespace, in the workspace;
 * - `port-missing`: the Service has no port of that name or number (`spec.ports[].name` / `.port`);
 * - `external-name`: an ExternalName Service, whose ports the Ingress controller does not look up.
 */
export type BackendStatus = 'resolved' | 'service-missing' | 'port-missing' | 'external-name';

export interface BackendResolution {
  readonly ingress: IndexedIngress;
  readonly backend: IngressBackend;
  readonly status: BackendStatus;
  /**
   * Services of that name in the namespace, the one the backend resolves to first: the nearest that has the port
   * (same file, then same folder, then elsewhere), else the nearest.
   */
  readonly services: readonly IndexedService[];
  /** The Service port the backend reaches, when resolved and named. */
  readonly servicePort: PortView | undefined;
}

export function resolveIngressBackend(
  index: WorkspaceIndex,
  ingress: IndexedIngress,
  backend: IngressBackend,
): BackendResolution {
  const nearest = nearestFirst(ingress, index.servicesNamed(ingress.namespace, backend.serviceName));
  // Several samples of one workspace may each have a Service of that name: one that fits is the one meant.
  const fitting = nearest.find((service) => service.externalName || portOf(service, backend) !== undefined);
  const services = fitting ? [fitting, ...nearest.filter((s) => s !== fitting)] : nearest;
  const base = { ingress, backend, services };
  const service = services[0];
  if (!service) return { ...base, status: 'service-missing', servicePort: undefined };
  if (service.externalName) return { ...base, status: 'external-name', servicePort: undefined };
  if (!backend.port) return { ...base, status: 'resolved', servicePort: undefined };
  const servicePort = portOf(service, backend);
  return { ...base, status: servicePort ? 'resolved' : 'port-missing', servicePort };
}

/** The Service port the backend names; undefined when it names none or the Service has no such port. */
function portOf(service: IndexedService, backend: IngressBackend): PortView | undefined {
  const wanted = backend.port;
  if (!wanted) return undefined;
  return service.view.ports.find((port) =>
    wanted.kind === 'name' ? port.name === wanted.name : port.port === wanted.number,
  );
}
