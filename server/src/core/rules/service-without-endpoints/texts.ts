import type { Language } from '../../docs/doc-types';
import { say, nsEn, nsKo } from '../workspace/texts';

/** service-without-endpoints's words, in both languages. */

export function noEndpointsInWorkspace(language: Language, name: string, namespace: string): string {
  return say(
    language,
    `no selector, and no Endpoints or EndpointSlice for Service "${name}" in ${nsEn(namespace)} in ` +
      'the workspace',
    `셀렉터가 없고, 작업 공간에 ${nsKo(namespace)}의 Service "${name}"를 위한 Endpoints나 EndpointSlice도 없습니다`,
  );
}

export function writeTheEndpoints(language: Language, name: string, namespace: string): string {
  return say(
    language,
    `without a selector the Service only gets the endpoints you write: add an Endpoints named "${name}" in ` +
      `${nsEn(namespace)} (subsets: addresses: - ip: …, ports named like spec.ports), or an ` +
      `EndpointSlice labelled kubernetes.io/service-name: ${name}; or add a spec.selector (a kustomize ` +
      'overlay may add one at build time)',
    `셀렉터가 없으면 직접 작성한 엔드포인트만 받습니다. ${nsKo(namespace)}에 이름이 "${name}"인 ` +
      'Endpoints(subsets: addresses: - ip: …, 포트 이름은 spec.ports와 같게)나 kubernetes.io/service-name: ' +
      `${name} 레이블을 단 EndpointSlice를 추가하세요. 또는 spec.selector를 추가하세요(kustomize 오버레이가 빌드 때 ` +
      '추가할 수도 있습니다)',
  );
}
