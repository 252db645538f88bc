import { pairOf } from '../../parse/located-node';
import { quoted, relatedPlace, say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * kube-proxy pairs each Service port with the Endpoints port of the same name (`""` for an unnamed one). An
 * Endpoints port whose name is none of the Service's port names carries no traffic; when every Endpoints port
 * matches but a Service port has no Endpoints port of its name, that Service port has no endpoints.
 */
export const endpointsPortNamesMismatch: WorkspaceRule = {
  id: 'endpoints-port-names-mismatch',
  origin: 'workspace',
  severity: 'warning',
  description: "An Endpoints object's port names should be the port names of its Service.",
  check({ index, file, language, report }) {
    for (const endpoints of file.objects) {
      if (endpoints.role !== 'endpoints' || endpoints.name === '' || endpoints.ports.length === 0) continue;
      const service = index.servicesNamed(endpoints.namespace, endpoints.name)[0];
      // With a selector the endpoints controller owns the Endpoints and rewrites it; ExternalName has none.
      if (!service || service.externalName || Object.keys(service.selector).length > 0) continue;
      const serviceNames = service.view.ports.map((p) => p.name);
      const known = new Set(serviceNames);
      const related = [relatedPlace(service, service.nameSpan, `Service "${service.name}"`)];
      const theirs =
        serviceNames.length === 1 && serviceNames[0] === ''
          ? say(language, 'its one port is unnamed', '포트 하나에 이름이 없습니다')
          : say(language, `its port names: ${quoted(serviceNames)}`, `포트 이름: ${quoted(serviceNames)}`);
      let unmatched = 0;
      for (const port of endpoints.ports) {
        if (known.has(port.name)) continue;
        unmatched++;
        report(endpoints, {
          field: `${port.field}.name`,
          type: 'Invalid',
          span: port.nameSpan,
          value: port.name,
          detail: say(
            language,
            `Service "${service.name}" has no port named "${port.name}" (${theirs})`,
            `Service "${service.name}"에 이름이 "${port.name}"인 포트가 없습니다(${theirs})`,
          ),
          advice: say(
            language,
            "kube-proxy pairs Endpoints ports with the Service's ports by name, so this one carries no traffic: " +
              'name it like the Service port it backs',
            'kube-proxy는 Endpoints 포트를 이름으로 Service 포트와 짝짓기 때문에 이 포트로는 트래픽이 가지 않습니다. ' +
              '대응하는 Service 포트와 같은 이름을 쓰세요',
          ),
          data: { subsetIndex: port.subsetIndex, index: port.index, serviceNames, related },
        });
      }
      if (unmatched > 0) continue;
      const covered = new Set(endpoints.ports.map((p) => p.name));
      for (const servicePort of service.view.ports) {
        if (covered.has(servicePort.name)) continue;
        report(endpoints, {
          field: 'subsets',
          type: 'Required',
          span: pairOf(endpoints.object.root, 'subsets')?.keySpan ?? endpoints.nameSpan,
          detail: say(
            language,
            `no port named "${servicePort.name}" for spec.ports[${servicePort.index}] of Service "${service.name}"`,
            `Service "${service.name}"의 spec.ports[${servicePort.index}]에 해당하는 "${servicePort.name}" 포트가 없습니다`,
          ),
          advice: say(
            language,
            `that Service port has no endpoints: add a port named "${servicePort.name}" to the subsets`,
            `그 Service 포트에는 엔드포인트가 없습니다. subsets에 이름이 "${servicePort.name}"인 포트를 추가하세요`,
          ),
          data: { serviceIndex: servicePort.index, name: servicePort.name, related },
        });
      }
    }
  },
};
