import { relatedPlace, say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/** An Endpoints object serves only the Service of the same name and namespace; without one it does nothing. */
export const endpointsWithoutService: WorkspaceRule = {
  id: 'endpoints-without-service',
  origin: 'workspace',
  severity: 'warning',
  description: 'An Endpoints object needs a Service of the same name in the same namespace.',
  check({ index, file, language, report }) {
    for (const endpoints of file.objects) {
      if (endpoints.role !== 'endpoints' || endpoints.name === '') continue;
      const { name, namespace } = endpoints;
      if (index.servicesNamed(namespace, name).length > 0) continue;
      const elsewhere = index
        .namespaces()
        .filter((ns) => ns !== namespace)
        .flatMap((ns) => index.servicesNamed(ns, name));
      const hint =
        elsewhere.length === 0
          ? ''
          : say(
              language,
              ` (a Service "${name}" exists in namespace "${elsewhere[0].namespace}")`,
              ` (Service "${name}"는 네임스페이스 "${elsewhere[0].namespace}"에 있습니다)`,
            );
      report(endpoints, {
        field: 'metadata.name',
        type: 'Required',
        span: endpoints.nameSpan,
        detail: say(
          language,
          `no Service "${name}" in namespace "${namespace}" in the workspace`,
          `작업 공간에 네임스페이스 "${namespace}"의 Service "${name}"가 없습니다`,
        ),
        advice: say(
          language,
          `Endpoints only serve the Service of the same name and namespace: create that Service (without a ` +
            `selector) or rename this object${hint}`,
          `Endpoints는 이름과 네임스페이스가 같은 Service에만 쓰입니다. 그 Service(셀렉터 없이)를 만들거나 이 ` +
            `객체의 이름을 바꾸세요${hint}`,
        ),
        data: {
          name,
          namespace,
          related: elsewhere.map((s) => relatedPlace(s, s.nameSpan, `Service "${name}" (${s.namespace})`)),
        },
      });
    }
  },
};
