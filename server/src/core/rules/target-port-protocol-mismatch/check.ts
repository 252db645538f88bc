import { pairOf } from '../../parse/located-node';
import { matchPlaces, targetPortSpan } from '../workspace/target-port-facts';
import { say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * The selected containers declare the targetPort (by name or number) only with another protocol. For a name the
 * endpoints controller matches name and protocol together, so the Service port gets no endpoints; for a number the
 * traffic goes to a port the container declares for another protocol.
 */
const PROTOCOLS: ReadonlySet<string> = new Set(['TCP', 'UDP', 'SCTP']);

export const targetPortProtocolMismatch: WorkspaceRule = {
  id: 'target-port-protocol-mismatch',
  origin: 'workspace',
  severity: 'warning',
  description: "A Service port's protocol should be the protocol of the container port its targetPort reaches.",
  check({ file, language, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName) continue;
      for (const port of resolve(service).ports) {
        if (port.status !== 'protocol-mismatch' || !port.target) continue;
        const { protocol, index } = port.port;
        // An unsupported protocol (`HTTP`) is refused by validation (rule port-protocol) before anything is routed.
        const first = port.protocolMismatches.find((m) => PROTOCOLS.has(m.port.protocol));
        if (!PROTOCOLS.has(protocol) || !first) continue;
        const target = port.target.kind === 'name' ? `"${port.target.name}"` : String(port.target.number);
        const where = `container "${first.container.name}" of ${first.workload.kind} "${first.workload.name}"`;
        const declared = `${target}${port.target.kind === 'name' ? ` (${first.port.containerPort ?? '?'})` : ''}`;
        report(service, {
          field: `spec.ports[${index}].protocol`,
          type: 'Invalid',
          span: pairOf(port.port.node, 'protocol')?.value.span ?? targetPortSpan(port.port),
          value: protocol,
          detail: say(
            language,
            `targetPort ${target} is declared as ${first.port.protocol}, not ${protocol}, by ${where}`,
            `targetPort ${target}는 ${first.workload.kind} "${first.workload.name}"의 컨테이너 ` +
              `"${first.container.name}"에서 프로토콜 ${first.port.protocol}로 선언되어 있습니다(Service 포트는 ${protocol})`,
          ),
          advice:
            port.target.kind === 'name'
              ? say(
                  language,
                  `a named targetPort only matches a container port of the same protocol, so this Service port gets ` +
                    `no endpoints: make spec.ports[${index}].protocol and the container port ${declared} agree`,
                  `이름으로 지정한 targetPort는 프로토콜이 같은 컨테이너 포트에만 맞춰지므로 이 Service 포트에는 ` +
                    `엔드포인트가 없습니다. spec.ports[${index}].protocol과 컨테이너 포트 ${declared}의 프로토콜을 맞추세요`,
                )
              : say(
                  language,
                  `${protocol} traffic would reach a port the container declares for ${first.port.protocol}: ` +
                    `make the protocols agree, or declare ${target}/${protocol} on the container too`,
                  `${protocol} 트래픽이 컨테이너가 ${first.port.protocol}용으로 선언한 포트로 갑니다. 프로토콜을 맞추거나 ` +
                    `컨테이너에 ${target}/${protocol}도 선언하세요`,
                ),
          data: {
            index,
            protocol,
            containerProtocol: first.port.protocol,
            related: matchPlaces(port.protocolMismatches),
          },
        });
      }
    }
  },
};
