import { resolveIngressBackend } from '../../resolve/resolve-ingress-backend';
import { noServiceInWorkspace, relatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { createOrFixTheName, onlyOwnNamespace } from './texts';

/** An Ingress backend names a Service of the Ingress's namespace; none of that name is in the workspace. */
export const ingressBackendServiceMissing: WorkspaceRule = {
  id: 'ingress-backend-service-missing',
  origin: 'workspace',
  severity: 'warning',
  description: "An Ingress backend should name a Service of the Ingress's namespace.",
  check({ index, file, l10n, report }) {
    for (const ingress of file.objects) {
      if (ingress.role !== 'ingress') continue;
      for (const backend of ingress.backends) {
        if (resolveIngressBackend(index, ingress, backend).status !== 'service-missing') continue;
        const name = backend.serviceName;
        const { namespace } = ingress;
        const elsewhere = index
          .namespaces()
          .filter((ns) => ns !== namespace)
          .flatMap((ns) => index.servicesNamed(ns, name));
        const hint = elsewhere.length === 0 ? '' : onlyOwnNamespace(l10n, name, elsewhere[0].namespace);
        report(ingress, {
          field: backend.serviceNameField,
          type: 'Required',
          span: backend.serviceNameSpan,
          detail: noServiceInWorkspace(l10n, name, namespace),
          advice: createOrFixTheName(l10n, hint),
          data: {
            name,
            namespace,
            related: elsewhere.map((s) => relatedPlace(s, s.nameSpan, `Service "${name}" (${s.namespace})`)),
          },
        });
      }
    }
  },
};
