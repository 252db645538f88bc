import { declaredPortsText, selectedNames, targetPortSpan, workloadPlaces } from '../workspace/target-port-facts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { worded } from '../workspace/workspace-rule';
import { checkItListens, noContainerPortNumbered, pointsPastDeclared } from './texts';
import { candidateNames, unreachedPorts } from './unreached-ports';

/**
 * A numeric targetPort that no selected container declares as a containerPort. Traffic still goes to that port
 * (containerPort is informational): a warning when the containers declare ports of the protocol and no Service
 * reaches any of them (the targetPort is plainly not the port the pods serve), else an info, a hint to check that
 * the container really listens there (it declares no ports, or only some of those it serves).
 */
export const targetPortNotDeclared: WorkspaceRule = {
  id: 'target-port-not-declared',
  origin: 'workspace',
  severity: 'warning',
  description: 'A numeric targetPort should be a declared containerPort: a warning when no Service reaches any port the selected containers declare, else an info.',
  check(ctx) {
    const { file, l10n, resolve, report } = ctx;
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'undeclared' || port.target?.kind !== 'number') continue;
        const { number } = port.target;
        const defaulted = port.port.targetPortPair === undefined;
        const workloads = port.workloads.map((w) => w.workload);
        const candidates = candidateNames(unreachedPorts(port, ctx));
        const advice = candidates.length > 0 ? pointsPastDeclared(l10n, candidates) : checkItListens(l10n, number, defaulted);
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
          advice: worded(advice),
          data: { index: port.port.index, targetPort: number, defaulted, candidates, related: workloadPlaces(port) },
        }, candidates.length > 0 ? undefined : 'info');
      }
    }
  },
};
