import type { Language } from '../../docs/doc-types';
import type { IndexedService } from '../../index/indexed-object';
import { say } from '../workspace/texts';

/** service-name-duplicate's words, in both languages. */

export function leadsElsewhere(language: Language, service: IndexedService, where: string, theirs: string): string {
  return say(
    language,
    `another Service "${service.name}" in namespace "${service.namespace}", at ${where}, leads elsewhere ` +
      `(${theirs})`,
    `네임스페이스 "${service.namespace}"의 다른 Service "${service.name}"(${where})는 다른 곳으로 갑니다(${theirs})`,
  );
}

/** Both in one file: `kubectl apply` applies both, the second updates the first. */
export function secondUpdatesFirst(language: Language): string {
  return say(
    language,
    'they are one object on the cluster: kubectl apply applies both in turn, the second updates the first, and the ' +
      'pods of the first lose their Service: rename one, or put them in different namespaces',
    '클러스터에서는 하나의 객체입니다. kubectl apply는 둘을 차례로 적용해 두 번째가 첫 번째를 갱신하고, 첫 번째의 파드는 ' +
      'Service를 잃습니다. 하나의 이름을 바꾸거나 서로 다른 네임스페이스에 두세요',
  );
}

/** In two files of one folder: often alternatives, of which one is applied. */
export function alternativesInOneFolder(language: Language): string {
  return say(
    language,
    'if the two files are alternatives (one of them is applied), ignore this; kubectl apply -f on the folder applies ' +
      'both, and the one applied last replaces the other: rename one, or put them in different namespaces',
    '두 파일이 서로 대안(둘 중 하나만 적용)이라면 무시해도 됩니다. 폴더에 kubectl apply -f를 하면 둘 다 적용되어 나중에 ' +
      '적용한 것이 다른 것을 덮어씁니다. 하나의 이름을 바꾸거나 서로 다른 네임스페이스에 두세요',
  );
}
