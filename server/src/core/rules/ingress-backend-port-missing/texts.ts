import type { Language } from '../../docs/doc-types';
import type { BackendPort } from '../../model/ingress';
import { say } from '../workspace/texts';

/** ingress-backend-port-missing's words, in both languages. */

export function noSuchPort(language: Language, service: string, wanted: BackendPort, ports: string): string {
  const en = wanted.kind === 'name' ? `named "${wanted.name}"` : String(wanted.number);
  const ko = wanted.kind === 'name' ? `이름이 "${wanted.name}"인 포트` : `${wanted.number}번 포트`;
  return say(language, `Service "${service}" has no port ${en} (${ports})`, `Service "${service}"에 ${ko}가 없습니다(${ports})`);
}

/** `its ports: 80 "http", 443` from the ports' descriptions. */
export function portsOf(language: Language, ports: readonly string[]): string {
  return ports.length === 0
    ? say(language, 'it has no ports', '포트가 없습니다')
    : say(language, `its ports: ${ports.join(', ')}`, `포트: ${ports.join(', ')}`);
}

export function servicePortNotTargetPort(
  language: Language,
  number: number,
  index: number,
  port: number | undefined,
): string {
  return say(
    language,
    `${number} is the targetPort of spec.ports[${index}]; an Ingress names the Service's port ` +
      `(${port}), not the container's`,
    `${number}는 spec.ports[${index}]의 targetPort입니다. Ingress에는 컨테이너 포트가 아니라 ` +
      `Service의 port(${port})를 쓰세요`,
  );
}

export function noSuchPortAnywhere(language: Language): string {
  return say(
    language,
    "the Ingress controller finds no such port and the backend gets no traffic: use one of the Service's port " +
      'numbers (spec.ports[].port) or names',
    'Ingress 컨트롤러가 그런 포트를 찾지 못해 백엔드로 트래픽이 가지 않습니다. Service의 port 번호(spec.ports[].port)나 ' +
      '이름 중 하나를 쓰세요',
  );
}
