import type { Language } from '../../docs/doc-types';
import { say, nsEn, nsKo } from '../workspace/texts';

/** ingress-backend-service-missing's words, in both languages. */

export function onlyOwnNamespace(language: Language, name: string, namespace: string): string {
  return say(
    language,
    `; a Service "${name}" exists in ${nsEn(namespace)}, but an Ingress only reaches ` +
      'Services of its own namespace',
    `. Service "${name}"는 ${nsKo(namespace)}에 있지만 Ingress는 자기 네임스페이스의 ` + 'Service만 씁니다',
  );
}

export function createOrFixTheName(language: Language, hint: string): string {
  return say(
    language,
    `requests for this backend fail (503) until the Service exists: create it or fix the name; ignore this ` +
      `if the Service is deployed from outside the workspace${hint}`,
    `Service가 생기기 전까지 이 백엔드로 가는 요청은 실패합니다(503). Service를 만들거나 이름을 고치세요. ` +
      `Service가 작업 공간 밖에서 배포된다면 무시해도 됩니다${hint}`,
  );
}
