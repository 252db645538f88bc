import { pairOf } from '../../parse/located-node';
import { say } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * A Service without a selector (and not ExternalName) gets endpoints only from objects written by hand: an
 * Endpoints object of its name or EndpointSlices labelled with it. None in the workspace is worth knowing, though
 * they may be created elsewhere (a controller, a kustomize overlay that adds a selector), hence info.
 */
export const serviceWithoutEndpoints: WorkspaceRule = {
  id: 'service-without-endpoints',
  origin: 'workspace',
  severity: 'info',
  description: 'A Service without a selector needs an Endpoints object or EndpointSlice of its name.',
  check({ file, language, resolve, report }) {
    for (const service of file.objects) {
      if (service.role !== 'service' || service.name === '') continue;
      const resolution = resolve(service);
      if (resolution.backing !== 'manual') continue;
      if (resolution.endpoints.length > 0 || resolution.endpointSlices.length > 0) continue;
      const { name, namespace } = service;
      report(service, {
        field: 'spec.selector',
        type: 'Required',
        span: pairOf(service.object.root, 'spec')?.keySpan ?? service.nameSpan,
        detail: say(
          language,
          `no selector, and no Endpoints or EndpointSlice for Service "${name}" in namespace "${namespace}" in ` +
            'the workspace',
          `셀렉터가 없고, 작업 공간에 네임스페이스 "${namespace}"의 Service "${name}"를 위한 Endpoints나 EndpointSlice도 없습니다`,
        ),
        advice: say(
          language,
          `without a selector the Service only gets the endpoints you write: add an Endpoints named "${name}" in ` +
            `namespace "${namespace}" (subsets: addresses: - ip: …, ports named like spec.ports), or an ` +
            `EndpointSlice labelled kubernetes.io/service-name: ${name}; or add a spec.selector (a kustomize ` +
            'overlay may add one at build time)',
          `셀렉터가 없으면 직접 작성한 엔드포인트만 받습니다. 네임스페이스 "${namespace}"에 이름이 "${name}"인 ` +
            'Endpoints(subsets: addresses: - ip: …, 포트 이름은 spec.ports와 같게)나 kubernetes.io/service-name: ' +
            `${name} 레이블을 단 EndpointSlice를 추가하세요. 또는 spec.selector를 추가하세요(kustomize 오버레이가 빌드 때 ` +
            '추가할 수도 있습니다)',
        ),
        data: { name, namespace },
      });
    }
  },
};
