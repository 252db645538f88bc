import type { Language } from '../../docs/doc-types';
import { say, nsEn, nsKo } from '../workspace/texts';

/** service-selects-nothing's words, in both languages. */

export function noWorkloadLabelled(language: Language, namespace: string): string {
  return say(
    language,
    `no workload in ${nsEn(namespace)} in the workspace has these labels on its pods`,
    `작업 공간에서 ${nsKo(namespace)}의 어떤 워크로드도 파드에 이 레이블을 달지 않습니다`,
  );
}

export function compareWithPodLabels(language: Language): string {
  return say(
    language,
    'compare it with the pod-template labels (spec.template.metadata.labels) of the workload meant to serve ' +
      'it; if that workload is deployed from outside the workspace (a Helm chart, an operator), ignore this',
    '이 Service를 받을 워크로드의 파드 템플릿 레이블(spec.template.metadata.labels)과 비교하세요. 그 워크로드가 ' +
      '작업 공간 밖(Helm 차트, 오퍼레이터)에서 배포된다면 무시해도 됩니다',
  );
}

/** `names` (in namespace `namespace`) have the labels; the Service is in `own`. */
export function inAnotherNamespace(language: Language, names: string, namespace: string, own: string): string {
  return say(
    language,
    `${names} in ${nsEn(namespace)} has these labels, but a Service selects pods ` +
      `of its own namespace only ("${own}"): put both in one namespace`,
    `${names}(${nsKo(namespace)})에 이 레이블이 있지만 Service는 자기 네임스페이스` +
      `("${own}")의 파드만 선택합니다. 둘을 같은 네임스페이스에 두세요`,
  );
}

/** The workload `name` has the labels on itself; its pod template is at `template`. */
export function onWorkloadNotPods(language: Language, name: string, template: string): string {
  return say(
    language,
    `${name} has these labels in metadata.labels, but a Service selects the labels of the pods ` +
      `(${template}.metadata.labels): add them there`,
    `${name}의 metadata.labels에는 이 레이블이 있지만 Service는 파드의 레이블` +
      `(${template}.metadata.labels)을 선택합니다. 그곳에 추가하세요`,
  );
}

/** How a pod's label `key` differs from the selector's `value`: missing (`has` undefined), or another value. */
export function labelDifference(language: Language, key: string, value: string, has: string | undefined): string {
  return has === undefined
    ? say(language, `no label ${key} (wanted ${key}=${value})`, `${key} 레이블 없음(${key}=${value} 필요)`)
    : say(language, `${key}=${has} (not ${value})`, `${key}=${has}(${value} 아님)`);
}

export function closestIs(language: Language, name: string, differences: string): string {
  return say(
    language,
    `the closest is ${name}, whose pods have ${differences}: make the selector and the pod labels agree`,
    `가장 가까운 것은 ${name}이며 그 파드는 ${differences}입니다. 셀렉터와 파드 레이블을 맞추세요`,
  );
}
