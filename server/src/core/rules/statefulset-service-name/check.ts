import { get, pairOf } from '../../parse/located-node';
import { nearestFirst } from '../../resolve/nearest';
import { servicesMayComeFromOutside } from '../workspace/served-from-outside';
import { noServiceInWorkspace, relatedPlace, whereIs } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { worded } from '../workspace/workspace-rule';
import { createTheService, makeItHeadless, notHeadless } from './texts';

/**
 * A StatefulSet's `spec.serviceName` names the Service that governs it: its pods are `<pod>.<serviceName>` in DNS,
 * which needs that Service to exist in the StatefulSet's namespace and to be headless (`clusterIP: None`). The API
 * server checks neither (the Service may be created later), hence warnings: no Service of that name in the
 * workspace (an info when it is likely deployed apart, as for Ingress backends), or none of them headless.
 */
export const statefulsetServiceName: WorkspaceRule = {
  id: 'statefulset-service-name',
  origin: 'workspace',
  severity: 'warning',
  description: "A StatefulSet's serviceName should name a headless Service of its namespace.",
  check({ index, file, l10n, report }) {
    for (const sts of file.objects) {
      if (sts.role !== 'workload' || sts.kind !== 'StatefulSet') continue;
      const pair = pairOf(get(sts.object.root, 'spec'), 'serviceName');
      const name = pair?.value.kind === 'scalar' && typeof pair.value.value === 'string' ? pair.value.value : '';
      if (!pair || name === '') continue;
      const services = nearestFirst(sts, index.servicesNamed(sts.namespace, name));
      const base = { field: 'spec.serviceName', span: pair.value.span, value: name } as const;
      const service = services[0];
      if (!service) {
        const problem = {
          ...base,
          type: 'Invalid',
          detail: noServiceInWorkspace(l10n, name, sts.namespace),
          advice: worded(createTheService(l10n, name)),
          data: { name, namespace: sts.namespace },
        } as const;
        report(sts, problem, servicesMayComeFromOutside(index, sts) ? 'info' : undefined);
        continue;
      }
      if (services.some((s) => s.view.headless)) continue;
      report(sts, {
        ...base,
        type: 'Invalid',
        detail: notHeadless(l10n, name, whereIs(service, service.nameSpan)),
        advice: worded(makeItHeadless(l10n)),
        data: { name, namespace: sts.namespace, related: [relatedPlace(service, service.nameSpan, `Service "${name}"`)] },
      });
    }
  },
};
