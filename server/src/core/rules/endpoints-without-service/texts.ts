import type { Language } from '../../docs/doc-types';
import { say, nsEn, nsKo } from '../workspace/texts';

/** endpoints-without-service's words, in both languages. */

export function existsElsewhere(language: Language, name: string, namespace: string): string {
  return say(
    language,
    ` (a Service "${name}" exists in ${nsEn(namespace)})`,
    ` (Service "${name}"는 ${nsKo(namespace)}에 있습니다)`,
  );
}

export function createOrRename(language: Language, hint: string): string {
  return say(
    language,
    `Endpoints only serve the Service of the same name and namespace: create that Service (without a ` +
      `selector) or rename this object${hint}`,
    `Endpoints는 이름과 네임스페이스가 같은 Service에만 쓰입니다. 그 Service(셀렉터 없이)를 만들거나 이 ` +
      `객체의 이름을 바꾸세요${hint}`,
  );
}
