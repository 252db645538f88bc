import type { Language } from '../../docs/doc-types';
import { say } from '../workspace/texts';

/** target-port-name-not-found's words, in both languages. */

export function noContainerPortNamed(language: Language, name: string, selected: string, declared: string): string {
  return say(
    language,
    `no container of the workloads it selects in the workspace (${selected}) declares a port named "${name}"; ${declared}`,
    `작업 공간에서 선택된 워크로드(${selected})의 어떤 컨테이너도 "${name}"라는 이름의 포트를 선언하지 않습니다. ${declared}`,
  );
}

export function declareIt(language: Language, name: string): string {
  return say(
    language,
    `this Service port gets no endpoints until a container declares ports: [{ name: ${name}, ` +
      'containerPort: <number> }] (sidecars count); or set targetPort to the number the container listens on',
    `컨테이너가 ports: [{ name: ${name}, containerPort: <번호> }]를 선언하기 전까지(사이드카 포함) 이 ` +
      'Service 포트에는 엔드포인트가 없습니다. 또는 targetPort를 컨테이너가 듣는 번호로 지정하세요',
  );
}
