import type { IndexedService } from '../../index/indexed-object';
import { pairOf } from '../../parse/located-node';
import { ALREADY_ALLOCATED_TEXT } from '../support/node-port-allocation';
import { relatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { refusedWhenAppliedAfter } from './texts';

/**
 * Node ports are unique across the cluster whatever the namespace or protocol: two Services in different files
 * asking for the same one cannot both be created; the one applied second is refused with `provided port is already
 * allocated`. Within one file the `node-port-allocated` rule replays the allocator; a Service declared again under
 * the same namespace and name is the same object (an update) and is left to `service-name-duplicate`.
 */
export const nodePortWorkspaceDuplicate: WorkspaceRule = {
  id: 'node-port-workspace-duplicate',
  origin: 'allocator',
  severity: 'error',
  description: 'Two Services of the workspace (in different files) may not ask for the same nodePort.',
  check({ index, file, l10n, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service') continue;
      const { type, ports } = service.view;
      if (type !== 'NodePort' && type !== 'LoadBalancer') continue;
      for (const port of ports) {
        if (port.nodePort === undefined || port.nodePort === 0) continue;
        const others = index
          .nodePortUses(port.nodePort)
          .filter((use) => use.service.uri !== file.uri && !sameObject(use.service, service));
        const holder = others[0];
        if (!holder) continue;
        report(service, {
          field: `spec.ports[${port.index}].nodePort`,
          type: 'Invalid',
          span: pairOf(port.node, 'nodePort')?.value.span ?? port.node.span,
          value: port.nodePort,
          detail: ALREADY_ALLOCATED_TEXT,
          advice: refusedWhenAppliedAfter(l10n, holder),
          data: {
            index: port.index,
            nodePort: port.nodePort,
            related: others.map((use) =>
              relatedPlace(
                use.service,
                use.span,
                `Service "${use.service.name}" spec.ports[${use.portIndex}].nodePort`,
              ),
            ),
          },
        });
      }
    }
  },
};

function sameObject(a: IndexedService, b: IndexedService): boolean {
  return a.name !== '' && a.name === b.name && a.namespace === b.namespace;
}
