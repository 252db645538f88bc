import type { Language } from '../../docs/doc-types';
import type { ContainerPortMatch } from '../../resolve/resolve-target-port';
import { say } from '../workspace/texts';

/** target-port-protocol-mismatch's words, in both languages. */

export function declaredAs(language: Language, target: string, protocol: string, first: ContainerPortMatch): string {
  const where = `container "${first.container.name}" of ${first.workload.kind} "${first.workload.name}"`;
  return say(
    language,
    `targetPort ${target} is declared as ${first.port.protocol}, not ${protocol}, by ${where}`,
    `targetPort ${target}는 ${first.workload.kind} "${first.workload.name}"의 컨테이너 ` +
      `"${first.container.name}"에서 프로토콜 ${first.port.protocol}로 선언되어 있습니다(Service 포트는 ${protocol})`,
  );
}

export function makeNamedAgree(language: Language, index: number, declared: string): string {
  return say(
    language,
    `a named targetPort only matches a container port of the same protocol, so this Service port gets ` +
      `no endpoints: make spec.ports[${index}].protocol and the container port ${declared} agree`,
    `이름으로 지정한 targetPort는 프로토콜이 같은 컨테이너 포트에만 맞춰지므로 이 Service 포트에는 ` +
      `엔드포인트가 없습니다. spec.ports[${index}].protocol과 컨테이너 포트 ${declared}의 프로토콜을 맞추세요`,
  );
}

export function makeNumberedAgree(language: Language, target: string, protocol: string, declared: string): string {
  return say(
    language,
    `${protocol} traffic would reach a port the container declares for ${declared}: ` +
      `make the protocols agree, or declare ${target}/${protocol} on the container too`,
    `${protocol} 트래픽이 컨테이너가 ${declared}용으로 선언한 포트로 갑니다. 프로토콜을 맞추거나 ` +
      `컨테이너에 ${target}/${protocol}도 선언하세요`,
  );
}
