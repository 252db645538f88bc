import { resolveIngressBackend } from '../../resolve/resolve-ingress-backend';
import { noServiceInWorkspace, relatedPlace } from '../workspace/texts';
import { servicesMayComeFromOutside } from '../workspace/served-from-outside';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import { worded } from '../workspace/workspace-rule';
import { createOrFixTheName, onlyOwnNamespace } from './texts';

/**
 * An Ingress backend names a Service of the Ingress's namespace; none of that name is in the workspace. A warning,
 * and an info when the Service is likely deployed apart: the workspace holds no Service of the namespace, or the
 * Ingress was rendered by Helm or made by an operator (and no Service of that name is in another namespace).
 */
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
        const problem = {
          field: backend.serviceNameField,
          type: 'Required',
          span: backend.serviceNameSpan,
          detail: noServiceInWorkspace(l10n, name, namespace),
          advice: worded(createOrFixTheName(l10n, hint)),
          data: {
            name,
            namespace,
            related: elsewhere.map((s) => relatedPlace(s, s.nameSpan, `Service "${name}" (${s.namespace})`)),
          },
        } as const;
        const outside = elsewhere.length === 0 && servicesMayComeFromOutside(index, ingress);
        report(ingress, problem, outside ? 'info' : undefined);
      }
    }
  },
};
