import type { Language } from '../../docs/doc-types';
import type { NodePortUse } from '../../index/workspace-index';
import { fileNameOf, say, whereIs, nsEn, nsKo } from '../workspace/texts';

/** node-port-workspace-duplicate's words, in both languages. */

export function refusedWhenAppliedAfter(language: Language, holder: NodePortUse): string {
  const { name, namespace } = holder.service;
  const who = `Service "${name}" (${nsEn(namespace)})`;
  const whoKo = `Service "${name}"(${nsKo(namespace)})`;
  const at = `spec.ports[${holder.portIndex}].nodePort`;
  return say(
    language,
    `refused by the cluster's node-port allocator when ${who} in ${whereIs(holder.service, holder.span)} ` +
      `(${at}) is applied first; node ports are unique across the cluster, so pick another number or ` +
      'leave it out',
    `${fileNameOf(holder.service.uri)}의 ${whoKo}(${at})가 먼저 적용되면 클러스터의 노드 포트 할당기가 거부합니다. ` +
      '노드 포트는 클러스터 전체에서 하나뿐이므로 다른 번호를 고르거나 비워 두세요',
  );
}
