import { declaredPortsText, selectedNames, targetPortSpan, workloadPlaces } from '../workspace/target-port-facts';
import { say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * A numeric targetPort that no selected container declares as a containerPort. Traffic still goes to that port
 * (containerPort is informational), so this is a hint to check that the container really listens there.
 */
export const targetPortNotDeclared: WorkspaceRule = {
  id: 'target-port-not-declared',
  origin: 'workspace',
  severity: 'info',
  description: 'A numeric targetPort is usually declared as a containerPort of the selected workloads.',
  check({ file, language, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'undeclared' || port.target?.kind !== 'number') continue;
        const { number } = port.target;
        const defaulted = port.port.targetPortPair === undefined;
        const workloads = port.workloads.map((w) => w.workload);
        report(service, {
          field: `spec.ports[${port.port.index}].targetPort`,
          type: 'Invalid',
          span: targetPortSpan(port.port),
          value: number,
          detail: say(
            language,
            `no container of the workloads it selects in the workspace (${selectedNames(port, language)}) declares ` +
              `containerPort ${number}; ${declaredPortsText(workloads, language)}`,
            `작업 공간에서 선택된 워크로드(${selectedNames(port, language)})의 어떤 컨테이너도 containerPort ${number}를 ` +
              `선언하지 않습니다. ${declaredPortsText(workloads, language)}`,
          ),
          advice: say(
            language,
            `${defaulted ? `targetPort defaults to port (${number}); ` : ''}traffic is still sent to port ${number} ` +
              '(containerPort is informational): check that the container listens there, and declare it for clarity',
            `${defaulted ? `targetPort를 쓰지 않아 port(${number})가 쓰입니다. ` : ''}containerPort는 정보용일 뿐이라 트래픽은 ` +
              `그래도 ${number}번으로 갑니다. 컨테이너가 그 포트에서 듣는지 확인하고, 알아보기 쉽게 선언해 두세요`,
          ),
          data: { index: port.port.index, targetPort: number, defaulted, related: workloadPlaces(port) },
        });
      }
    }
  },
};
