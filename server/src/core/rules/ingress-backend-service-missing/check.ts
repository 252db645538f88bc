import { resolveIngressBackend } from '../../resolve/resolve-ingress-backend';
import { relatedPlace, say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/** An Ingress backend names a Service of the Ingress's namespace; none of that name is in the workspace. */
export const ingressBackendServiceMissing: WorkspaceRule = {
  id: 'ingress-backend-service-missing',
  origin: 'workspace',
  severity: 'warning',
  description: "An Ingress backend should name a Service of the Ingress's namespace.",
  check({ index, file, language, report }) {
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
        const hint =
          elsewhere.length === 0
            ? ''
            : say(
                language,
                `; a Service "${name}" exists in namespace "${elsewhere[0].namespace}", but an Ingress only reaches ` +
                  'Services of its own namespace',
                `. Service "${name}"는 네임스페이스 "${elsewhere[0].namespace}"에 있지만 Ingress는 자기 네임스페이스의 ` +
                  'Service만 씁니다',
              );
        report(ingress, {
          field: backend.serviceNameField,
          type: 'Required',
          span: backend.serviceNameSpan,
          detail: say(
            language,
            `no Service "${name}" in namespace "${namespace}" in the workspace`,
            `작업 공간에 네임스페이스 "${namespace}"의 Service "${name}"가 없습니다`,
          ),
          advice: say(
            language,
            `requests for this backend fail (503) until the Service exists: create it or fix the name; ignore this ` +
              `if the Service is deployed from outside the workspace${hint}`,
            `Service가 생기기 전까지 이 백엔드로 가는 요청은 실패합니다(503). Service를 만들거나 이름을 고치세요. ` +
              `Service가 작업 공간 밖에서 배포된다면 무시해도 됩니다${hint}`,
          ),
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
