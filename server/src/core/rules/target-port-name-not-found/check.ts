import { declaredPortsText, selectedNames, targetPortSpan, workloadPlaces } from '../workspace/target-port-facts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { declareIt, noContainerPortNamed } from './texts';

/**
 * A named targetPort is looked up in the containers of each selected pod (sidecars included); when no container
 * of any selected workload declares the name, the endpoints controller finds no port and this Service port gets
 * no endpoints.
 */
export const targetPortNameNotFound: WorkspaceRule = {
  id: 'target-port-name-not-found',
  origin: 'workspace',
  severity: 'warning',
  description: 'A named targetPort should be the name of a container port of the workloads the Service selects.',
  check({ file, l10n, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'name-not-found' || port.target?.kind !== 'name') continue;
        const { name } = port.target;
        if (/^\d+$/.test(name)) continue; // not a valid port name: the target-port rule reports it
        report(service, {
          field: `spec.ports[${port.port.index}].targetPort`,
          type: 'Invalid',
          span: targetPortSpan(port.port),
          value: name,
          detail: noContainerPortNamed(
            l10n,
            name,
            selectedNames(port, l10n),
            declaredPortsText(
              port.workloads.map((w) => w.workload),
              l10n,
            ),
          ),
          advice: declareIt(l10n, name),
          data: { index: port.port.index, targetPort: name, related: workloadPlaces(port) },
        });
      }
    }
  },
};
