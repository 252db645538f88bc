import type { Language } from '../../docs/doc-types';
import { say } from '../workspace/texts';

/** target-port-not-declared's words, in both languages. */

export function noContainerPortNumbered(language: Language, number: number, selected: string, declared: string): string {
  return say(
    language,
    `no container of the workloads it selects in the workspace (${selected}) declares containerPort ${number}; ${declared}`,
    `작업 공간에서 선택된 워크로드(${selected})의 어떤 컨테이너도 containerPort ${number}를 선언하지 않습니다. ${declared}`,
  );
}

/** `defaulted`: no targetPort is written, so it is the port number. */
export function checkItListens(language: Language, number: number, defaulted: boolean): string {
  return say(
    language,
    `${defaulted ? `targetPort defaults to port (${number}); ` : ''}traffic is still sent to port ${number} ` +
      '(containerPort is informational): check that the container listens there, and declare it for clarity',
    `${defaulted ? `targetPort를 쓰지 않아 port(${number})가 쓰입니다. ` : ''}containerPort는 정보용일 뿐이라 트래픽은 ` +
      `그래도 ${number}번으로 갑니다. 컨테이너가 그 포트에서 듣는지 확인하고, 알아보기 쉽게 선언해 두세요`,
  );
}
