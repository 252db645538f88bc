import type { Language } from '../../docs/doc-types';
import type { IndexedService } from '../../index/indexed-object';
import { say, nsEn, nsKo } from '../workspace/texts';

/** service-name-duplicate's words, in both languages. */

export function leadsElsewhere(language: Language, service: IndexedService, where: string, theirs: string): string {
  return say(
    language,
    `another Service "${service.name}" in ${nsEn(service.namespace)}, at ${where}, leads elsewhere ` +
      `(${theirs})`,
    `${nsKo(service.namespace)}의 다른 Service "${service.name}"(${where})는 다른 곳으로 갑니다(${theirs})`,
  );
}

export function oneObjectOnTheCluster(language: Language): string {
  return say(
    language,
    'they are one object on the cluster, so the one applied last replaces the other and the pods of the first ' +
      'lose their Service: rename one, or put them in different namespaces',
    '클러스터에서는 하나의 객체라서 나중에 적용한 것이 다른 것을 덮어쓰고, 먼저 적용한 쪽의 파드는 Service를 잃습니다. ' +
      '하나의 이름을 바꾸거나 서로 다른 네임스페이스에 두세요',
  );
}
