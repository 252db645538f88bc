import { declaredPortsText, selectedNames, targetPortSpan, workloadPlaces } from '../workspace/target-port-facts';
import { say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * A named targetPort is looked up in the containers of each selected pod (sidecars included); when no container
 * of any selected workload declares the name, the endpoints controller finds no port and this Service port gets
 * no endpoints.
 */
export const targetPortNameNotFound: WorkspaceRule = {
  id: 'target-port-name-not-found',
  origin: 'workspace',
  severity: 'warning',
  description: 'A named targetPort should be the name of a container port of the workloads the Service selects.',
  check({ file, language, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'name-not-found' || port.target?.kind !== 'name') continue;
        const { name } = port.target;
        if (/^\d+$/.test(name)) continue; // not a valid port name: the target-port rule reports it
        report(service, {
          field: `spec.ports[${port.port.index}].targetPort`,
          type: 'Invalid',
          span: targetPortSpan(port.port),
          value: name,
          detail: say(
            language,
            `no container of the workloads it selects in the workspace (${selectedNames(port, language)}) declares ` +
              `a port named "${name}"; ${declaredPortsText(
                port.workloads.map((w) => w.workload),
                language,
              )}`,
            `작업 공간에서 선택된 워크로드(${selectedNames(port, language)})의 어떤 컨테이너도 "${name}"라는 이름의 ` +
              `포트를 선언하지 않습니다. ${declaredPortsText(
                port.workloads.map((w) => w.workload),
                language,
              )}`,
          ),
          advice: say(
            language,
            `this Service port gets no endpoints until a container declares ports: [{ name: ${name}, ` +
              'containerPort: <number> }] (sidecars count); or set targetPort to the number the container listens on',
            `컨테이너가 ports: [{ name: ${name}, containerPort: <번호> }]를 선언하기 전까지(사이드카 포함) 이 ` +
              'Service 포트에는 엔드포인트가 없습니다. 또는 targetPort를 컨테이너가 듣는 번호로 지정하세요',
          ),
          data: { index: port.port.index, targetPort: name, related: workloadPlaces(port) },
        });
      }
    }
  },
};
