import type { IndexedIngress, IndexedService } from '../index/indexed-object';
import type { IngressBackend } from '../index/object-facts';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { PortView } from '../model/service';

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
  /** Services of that name in the namespace (more than one is its own problem). */
  readonly services: readonly IndexedService[];
  /** The Service port the backend reaches, when resolved and named. */
  readonly servicePort: PortView | undefined;
}

export function resolveIngressBackend(
  index: WorkspaceIndex,
  ingress: IndexedIngress,
  backend: IngressBackend,
): BackendResolution {
  const services = index.servicesNamed(ingress.namespace, backend.serviceName);
  const base = { ingress, backend, services };
  const service = services[0];
  if (!service) return { ...base, status: 'service-missing', servicePort: undefined };
  if (service.externalName) return { ...base, status: 'external-name', servicePort: undefined };
  const wanted = backend.port;
  if (!wanted) return { ...base, status: 'resolved', servicePort: undefined };
  const servicePort = service.view.ports.find((port) =>
    wanted.kind === 'name' ? port.name === wanted.name : port.port === wanted.number,
  );
  return { ...base, status: servicePort ? 'resolved' : 'port-missing', servicePort };
}
