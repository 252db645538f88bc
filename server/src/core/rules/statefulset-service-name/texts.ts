import type { Language } from '../../docs/doc-types';
import { say } from '../workspace/texts';

/** statefulset-service-name's words, in both languages. */

export function createTheService(language: Language, name: string): string {
  return say(
    language,
    `the StatefulSet's pods get their DNS names (<pod>.${name}) from this headless Service: create it ` +
      '(clusterIP: None, selecting the pods) or fix the name; ignore this if it is deployed from outside the workspace',
    `StatefulSet의 파드는 이 헤드리스 Service에서 DNS 이름(<pod>.${name})을 얻습니다. Service를 만들거나` +
      '(clusterIP: None, 파드 선택) 이름을 고치세요. 작업 공간 밖에서 배포된다면 무시해도 됩니다',
  );
}

/** The Service `name` exists but has a cluster IP. */
export function notHeadless(language: Language, name: string, where: string): string {
  return say(
    language,
    `Service "${name}" (${where}) is not headless: no per-pod DNS names (<pod>.${name})`,
    `Service "${name}"(${where})는 헤드리스가 아닙니다. 파드별 DNS 이름(<pod>.${name})이 없습니다`,
  );
}

export function makeItHeadless(language: Language): string {
  return say(
    language,
    'a StatefulSet\'s governing Service gives each pod a stable DNS name only when it is headless: set ' +
      'spec.clusterIP: None on it (a new Service: clusterIP cannot be changed in place), and keep a separate ' +
      'Service with a cluster IP for clients',
    'StatefulSet을 관리하는 Service는 헤드리스일 때만 파드마다 고정된 DNS 이름을 줍니다. spec.clusterIP: None을 ' +
      '설정하고(clusterIP는 바꿀 수 없으니 새 Service로), 클라이언트용으로는 클러스터 IP가 있는 Service를 따로 두세요',
  );
}
