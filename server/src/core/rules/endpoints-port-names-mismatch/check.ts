import { pairOf } from '../../parse/located-node';
import { relatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { addThePort, noEndpointsPortFor, noPortNamed, pairedByName, theirPorts } from './texts';

/**
 * kube-proxy pairs each Service port with the Endpoints port of the same name (`""` for an unnamed one). An
 * Endpoints port whose name is none of the Service's port names carries no traffic; when every Endpoints port
 * matches but a Service port has no Endpoints port of its name, that Service port has no endpoints.
 */
export const endpointsPortNamesMismatch: WorkspaceRule = {
  id: 'endpoints-port-names-mismatch',
  origin: 'workspace',
  severity: 'warning',
  description: "An Endpoints object's port names should be the port names of its Service.",
  check({ index, file, l10n, report }) {
    for (const endpoints of file.objects) {
      if (endpoints.role !== 'endpoints' || endpoints.name === '' || endpoints.ports.length === 0) continue;
      const service = index.servicesNamed(endpoints.namespace, endpoints.name)[0];
      // With a selector the endpoints controller owns the Endpoints and rewrites it; ExternalName has none.
      if (!service || service.externalName || Object.keys(service.selector).length > 0) continue;
      const serviceNames = service.view.ports.map((p) => p.name);
      const known = new Set(serviceNames);
      const related = [relatedPlace(service, service.nameSpan, `Service "${service.name}"`)];
      const theirs = theirPorts(l10n, serviceNames);
      let unmatched = 0;
      for (const port of endpoints.ports) {
        if (known.has(port.name)) continue;
        unmatched++;
        report(endpoints, {
          field: `${port.field}.name`,
          type: 'Invalid',
          span: port.nameSpan,
          value: port.name,
          detail: noPortNamed(l10n, service.name, port.name, theirs),
          advice: pairedByName(l10n),
          data: { subsetIndex: port.subsetIndex, index: port.index, serviceNames, related },
        });
      }
      if (unmatched > 0) continue;
      const covered = new Set(endpoints.ports.map((p) => p.name));
      for (const servicePort of service.view.ports) {
        if (covered.has(servicePort.name)) continue;
        report(endpoints, {
          field: 'subsets',
          type: 'Required',
          span: pairOf(endpoints.object.root, 'subsets')?.keySpan ?? endpoints.nameSpan,
          detail: noEndpointsPortFor(l10n, service.name, servicePort.name, servicePort.index),
          advice: addThePort(l10n, servicePort.name),
          data: { serviceIndex: servicePort.index, name: servicePort.name, related },
        });
      }
    }
  },
};
