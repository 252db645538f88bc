import type { Language } from '../../docs/doc-types';
import type { IndexedService } from '../../index/indexed-object';
import type { BackendPort } from '../../index/object-facts';
import { resolveIngressBackend } from '../../resolve/resolve-ingress-backend';
import { relatedPlace, say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * An Ingress backend names a port of its Service: `port.name` a `spec.ports[].name`, `port.number` (or v1beta1's
 * `servicePort`) a `spec.ports[].port` — the Service's port, not the container's targetPort.
 */
export const ingressBackendPortMissing: WorkspaceRule = {
  id: 'ingress-backend-port-missing',
  origin: 'workspace',
  severity: 'warning',
  description: "An Ingress backend's port should be a port name or number of its Service.",
  check({ index, file, language, report }) {
    for (const ingress of file.objects) {
      if (ingress.role !== 'ingress') continue;
      for (const backend of ingress.backends) {
        const resolution = resolveIngressBackend(index, ingress, backend);
        const wanted = backend.port;
        const service = resolution.services[0];
        if (resolution.status !== 'port-missing' || !wanted || !service) continue;
        const value = wanted.kind === 'name' ? wanted.name : wanted.number;
        const en = wanted.kind === 'name' ? `named "${wanted.name}"` : String(wanted.number);
        const ko = wanted.kind === 'name' ? `이름이 "${wanted.name}"인 포트` : `${wanted.number}번 포트`;
        report(ingress, {
          field: wanted.field,
          type: 'Invalid',
          span: wanted.span,
          value,
          detail: say(
            language,
            `Service "${service.name}" has no port ${en} (${portsText(service, language)})`,
            `Service "${service.name}"에 ${ko}가 없습니다(${portsText(service, language)})`,
          ),
          advice: adviceFor(service, wanted, language),
          data: {
            service: service.name,
            port: value,
            related: [relatedPlace(service, service.nameSpan, `Service "${service.name}"`)],
          },
        });
      }
    }
  },
};

function portsText(service: IndexedService, language: Language): string {
  const ports = service.view.ports.map((p) => (p.name === '' ? `${p.port ?? '?'}` : `${p.port ?? '?'} "${p.name}"`));
  return ports.length === 0
    ? say(language, 'it has no ports', '포트가 없습니다')
    : say(language, `its ports: ${ports.join(', ')}`, `포트: ${ports.join(', ')}`);
}

function adviceFor(service: IndexedService, wanted: BackendPort, language: Language): string {
  if (wanted.kind === 'number') {
    const byTarget = service.view.ports.find((p) => p.targetPort === wanted.number && p.port !== undefined);
    if (byTarget) {
      return say(
        language,
        `${wanted.number} is the targetPort of spec.ports[${byTarget.index}]; an Ingress names the Service's port ` +
          `(${byTarget.port}), not the container's`,
        `${wanted.number}는 spec.ports[${byTarget.index}]의 targetPort입니다. Ingress에는 컨테이너 포트가 아니라 ` +
          `Service의 port(${byTarget.port})를 쓰세요`,
      );
    }
  }
  return say(
    language,
    "the Ingress controller finds no such port and the backend gets no traffic: use one of the Service's port " +
      'numbers (spec.ports[].port) or names',
    'Ingress 컨트롤러가 그런 포트를 찾지 못해 백엔드로 트래픽이 가지 않습니다. Service의 port 번호(spec.ports[].port)나 ' +
      '이름 중 하나를 쓰세요',
  );
}
