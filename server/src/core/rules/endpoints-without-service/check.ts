import { noServiceInWorkspace, relatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { createOrRename, existsElsewhere } from './texts';

/** An Endpoints object serves only the Service of the same name and namespace; without one it does nothing. */
export const endpointsWithoutService: WorkspaceRule = {
  id: 'endpoints-without-service',
  origin: 'workspace',
  severity: 'warning',
  description: 'An Endpoints object needs a Service of the same name in the same namespace.',
  check({ index, file, l10n, report }) {
    for (const endpoints of file.objects) {
      if (endpoints.role !== 'endpoints' || endpoints.name === '') continue;
      const { name, namespace } = endpoints;
      if (index.servicesNamed(namespace, name).length > 0) continue;
      const elsewhere = index
        .namespaces()
        .filter((ns) => ns !== namespace)
        .flatMap((ns) => index.servicesNamed(ns, name));
      const hint = elsewhere.length === 0 ? '' : existsElsewhere(l10n, name, elsewhere[0].namespace);
      report(endpoints, {
        field: 'metadata.name',
        type: 'Required',
        span: endpoints.nameSpan,
        detail: noServiceInWorkspace(l10n, name, namespace),
        advice: createOrRename(l10n, hint),
        data: {
          name,
          namespace,
          related: elsewhere.map((s) => relatedPlace(s, s.nameSpan, `Service "${name}" (${s.namespace})`)),
        },
      });
    }
  },
};
