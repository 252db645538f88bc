import type { Localizer } from '../../l10n';
import type { IndexedService } from '../../index/indexed-object';
import type { BackendPort } from '../../model/ingress';
import { resolveIngressBackend } from '../../resolve/resolve-ingress-backend';
import { relatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { noSuchPort, noSuchPortAnywhere, portsOf, servicePortNotTargetPort } from './texts';

/**
 * An Ingress backend names a port of its Service: `port.name` a `spec.ports[].name`, `port.number` (or v1beta1's
 * `servicePort`) a `spec.ports[].port` — the Service's port, not the container's targetPort.
 */
export const ingressBackendPortMissing: WorkspaceRule = {
  id: 'ingress-backend-port-missing',
  origin: 'workspace',
  severity: 'warning',
  description: "An Ingress backend's port should be a port name or number of its Service.",
  check({ index, file, l10n, report }) {
    for (const ingress of file.objects) {
      if (ingress.role !== 'ingress') continue;
      for (const backend of ingress.backends) {
        const resolution = resolveIngressBackend(index, ingress, backend);
        const wanted = backend.port;
        const service = resolution.services[0];
        if (resolution.status !== 'port-missing' || !wanted || !service) continue;
        const value = wanted.kind === 'name' ? wanted.name : wanted.number;
        report(ingress, {
          field: wanted.field,
          type: 'Invalid',
          span: wanted.span,
          value,
          detail: noSuchPort(l10n, service.name, wanted, portsText(service, l10n)),
          advice: adviceFor(service, wanted, l10n),
          data: {
            service: service.name,
            port: value,
            related: [relatedPlace(service, service.nameSpan, `Service "${service.name}"`)],
          },
        });
      }
    }
  },
};

function portsText(service: IndexedService, l10n: Localizer): string {
  const ports = service.view.ports.map((p) => (p.name === '' ? `${p.port ?? '?'}` : `${p.port ?? '?'} "${p.name}"`));
  return portsOf(l10n, ports);
}

function adviceFor(service: IndexedService, wanted: BackendPort, l10n: Localizer): string {
  if (wanted.kind === 'number') {
    const byTarget = service.view.ports.find((p) => p.targetPort === wanted.number && p.port !== undefined);
    if (byTarget) return servicePortNotTargetPort(l10n, wanted.number, byTarget.index, byTarget.port);
  }
  return noSuchPortAnywhere(l10n);
}
