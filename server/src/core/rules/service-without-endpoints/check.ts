import { pairOf } from '../../parse/located-node';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { noEndpointsInWorkspace, writeTheEndpoints } from './texts';

/**
 * A Service without a selector (and not ExternalName) gets endpoints only from objects written by hand: an
 * Endpoints object of its name or EndpointSlices labelled with it. None in the workspace is worth knowing, though
 * they may be created elsewhere (a controller, a kustomize overlay that adds a selector), hence info.
 */
export const serviceWithoutEndpoints: WorkspaceRule = {
  id: 'service-without-endpoints',
  origin: 'workspace',
  severity: 'info',
  description: 'A Service without a selector needs an Endpoints object or EndpointSlice of its name.',
  check({ file, l10n, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.name === '') continue;
      const resolution = resolve(service);
      if (resolution.backing !== 'manual') continue;
      if (resolution.endpoints.length > 0 || resolution.endpointSlices.length > 0) continue;
      const { name, namespace } = service;
      report(service, {
        field: 'spec.selector',
        type: 'Required',
        span: pairOf(service.object.root, 'spec')?.keySpan ?? service.nameSpan,
        detail: noEndpointsInWorkspace(l10n, name, namespace),
        advice: writeTheEndpoints(l10n, name, namespace),
        data: { name, namespace },
      });
    }
  },
};
