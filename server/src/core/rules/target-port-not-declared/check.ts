import { declaredPortsText, selectedNames, targetPortSpan, workloadPlaces } from '../workspace/target-port-facts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { checkItListens, noContainerPortNumbered } from './texts';

/**
 * A numeric targetPort that no selected container declares as a containerPort. Traffic still goes to that port
 * (containerPort is informational), so this is a hint to check that the container really listens there.
 */
export const targetPortNotDeclared: WorkspaceRule = {
  id: 'target-port-not-declared',
  origin: 'workspace',
  severity: 'info',
  description: 'A numeric targetPort is usually declared as a containerPort of the selected workloads.',
  check({ file, l10n, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'undeclared' || port.target?.kind !== 'number') continue;
        const { number } = port.target;
        const defaulted = port.port.targetPortPair === undefined;
        const workloads = port.workloads.map((w) => w.workload);
        report(service, {
          field: `spec.ports[${port.port.index}].targetPort`,
          type: 'Invalid',
          span: targetPortSpan(port.port),
          value: number,
          detail: noContainerPortNumbered(
            l10n,
            number,
            selectedNames(port, l10n),
            declaredPortsText(workloads, l10n),
          ),
          advice: checkItListens(l10n, number, defaulted),
          data: { index: port.port.index, targetPort: number, defaulted, related: workloadPlaces(port) },
        });
      }
    }
  },
};
