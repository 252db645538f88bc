import type { Language } from '../../docs/doc-types';
import { quoted, say } from '../workspace/texts';

/** endpoints-port-names-mismatch's words, in both languages. */

export function theirPorts(language: Language, serviceNames: readonly string[]): string {
  return serviceNames.length === 1 && serviceNames[0] === ''
    ? say(language, 'its one port is unnamed', '포트 하나에 이름이 없습니다')
    : say(language, `its port names: ${quoted(serviceNames)}`, `포트 이름: ${quoted(serviceNames)}`);
}

export function noPortNamed(language: Language, service: string, port: string, theirs: string): string {
  return say(
    language,
    `Service "${service}" has no port named "${port}" (${theirs})`,
    `Service "${service}"에 이름이 "${port}"인 포트가 없습니다(${theirs})`,
  );
}

export function pairedByName(language: Language): string {
  return say(
    language,
    "kube-proxy pairs Endpoints ports with the Service's ports by name, so this one carries no traffic: " +
      'name it like the Service port it backs',
    'kube-proxy는 Endpoints 포트를 이름으로 Service 포트와 짝짓기 때문에 이 포트로는 트래픽이 가지 않습니다. ' +
      '대응하는 Service 포트와 같은 이름을 쓰세요',
  );
}

export function noEndpointsPortFor(language: Language, service: string, name: string, index: number): string {
  return say(
    language,
    `no port named "${name}" for spec.ports[${index}] of Service "${service}"`,
    `Service "${service}"의 spec.ports[${index}]에 해당하는 "${name}" 포트가 없습니다`,
  );
}

export function addThePort(language: Language, name: string): string {
  return say(
    language,
    `that Service port has no endpoints: add a port named "${name}" to the subsets`,
    `그 Service 포트에는 엔드포인트가 없습니다. subsets에 이름이 "${name}"인 포트를 추가하세요`,
  );
}
