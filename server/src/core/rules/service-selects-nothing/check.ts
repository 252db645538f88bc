import type { Language } from '../../docs/doc-types';
import type { IndexedService, IndexedWorkload } from '../../index/indexed-object';
import { formatLabels, labelValue } from '../../index/labels';
import type { Labels } from '../../index/labels';
import type { WorkspaceIndex } from '../../index/workspace-index';
import { nameOf, namesOf, relatedPlace, say } from '../workspace/texts';
import type { RelatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';

/**
 * A Service whose selector matches the pod-template labels of no workload of its namespace in the workspace gets
 * no endpoints from it. Only what the workspace holds is known: the pods may come from elsewhere (a chart, an
 * operator), hence a warning. ExternalName and selector-less Services select nothing on purpose and are skipped,
 * and so is a workspace that holds no workload at all: there is nothing to compare a selector with.
 */
export const serviceSelectsNothing: WorkspaceRule = {
  id: 'service-selects-nothing',
  origin: 'workspace',
  severity: 'warning',
  description: "A Service's selector should match the pod-template labels of a workload in its namespace.",
  check({ index, file, language, report }) {
    if (!index.hasWorkloads()) return;
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName || !service.selectorPair) continue;
      if (Object.keys(service.selector).length === 0) continue;
      if (index.workloadsSelectedBy(service.namespace, service.selector).length > 0) continue;
      const hint = nearMiss(index, service, language);
      const ns = service.namespace;
      report(service, {
        field: 'spec.selector',
        type: 'Invalid',
        span: service.selectorPair.keySpan,
        value: formatLabels(service.selector),
        detail: say(
          language,
          `no workload in namespace "${ns}" in the workspace has these labels on its pods`,
          `작업 공간에서 네임스페이스 "${ns}"의 어떤 워크로드도 파드에 이 레이블을 달지 않습니다`,
        ),
        advice:
          hint?.text ??
          say(
            language,
            'compare it with the pod-template labels (spec.template.metadata.labels) of the workload meant to serve ' +
              'it; if that workload is deployed from outside the workspace (a Helm chart, an operator), ignore this',
            '이 Service를 받을 워크로드의 파드 템플릿 레이블(spec.template.metadata.labels)과 비교하세요. 그 워크로드가 ' +
              '작업 공간 밖(Helm 차트, 오퍼레이터)에서 배포된다면 무시해도 됩니다',
          ),
        data: { namespace: ns, selector: service.selector, related: hint?.related ?? [] },
      });
    }
  },
};

interface Hint {
  readonly text: string;
  readonly related: readonly RelatedPlace[];
}

/** Why nothing matches, when a workload comes close: another namespace, labels on the wrong level, one pair off. */
function nearMiss(index: WorkspaceIndex, service: IndexedService, language: Language): Hint | undefined {
  return otherNamespace(index, service, language) ?? sameNamespace(index, service, language);
}

function otherNamespace(index: WorkspaceIndex, service: IndexedService, language: Language): Hint | undefined {
  const found = index
    .namespaces()
    .filter((ns) => ns !== service.namespace)
    .flatMap((ns) => index.workloadsSelectedBy(ns, service.selector));
  if (found.length === 0) return undefined;
  const first = found[0];
  return {
    text: say(
      language,
      `${namesOf(found, language)} in namespace "${first.namespace}" has these labels, but a Service selects pods ` +
        `of its own namespace only ("${service.namespace}"): put both in one namespace`,
      `${namesOf(found, language)}(네임스페이스 "${first.namespace}")에 이 레이블이 있지만 Service는 자기 네임스페이스` +
        `("${service.namespace}")의 파드만 선택합니다. 둘을 같은 네임스페이스에 두세요`,
    ),
    related: found.map((w) => relatedPlace(w, w.object.root.span, nameOf(w))),
  };
}

function sameNamespace(index: WorkspaceIndex, service: IndexedService, language: Language): Hint | undefined {
  const onMetadata = index
    .workloadsLabelledBy(service.namespace, service.selector)
    .find((w) => w.template.field !== '' && !w.template.opaque);
  if (onMetadata) {
    return {
      text: say(
        language,
        `${nameOf(onMetadata)} has these labels in metadata.labels, but a Service selects the labels of the pods ` +
          `(${onMetadata.template.field}.metadata.labels): add them there`,
        `${nameOf(onMetadata)}의 metadata.labels에는 이 레이블이 있지만 Service는 파드의 레이블` +
          `(${onMetadata.template.field}.metadata.labels)을 선택합니다. 그곳에 추가하세요`,
      ),
      related: [relatedPlace(onMetadata, onMetadata.object.root.span, nameOf(onMetadata))],
    };
  }
  const closest = closestWorkload(index.workloadsSharingLabels(service.namespace, service.selector), service.selector);
  if (!closest) return undefined;
  const { workload, missing } = closest;
  const differences = missing
    .map(([key, value]) => {
      const has = labelValue(workload.template.labels, key);
      return has === undefined
        ? say(language, `no label ${key} (wanted ${key}=${value})`, `${key} 레이블 없음(${key}=${value} 필요)`)
        : say(language, `${key}=${has} (not ${value})`, `${key}=${has}(${value} 아님)`);
    })
    .join(', ');
  return {
    text: say(
      language,
      `the closest is ${nameOf(workload)}, whose pods have ${differences}: make the selector and the pod labels agree`,
      `가장 가까운 것은 ${nameOf(workload)}이며 그 파드는 ${differences}입니다. 셀렉터와 파드 레이블을 맞추세요`,
    ),
    related: workload.template.labelsSpan
      ? [relatedPlace(workload, workload.template.labelsSpan, nameOf(workload))]
      : [],
  };
}

/** The workload whose pod labels share the most selector pairs (at least one). */
function closestWorkload(
  workloads: readonly IndexedWorkload[],
  selector: Labels,
): { workload: IndexedWorkload; missing: [string, string][] } | undefined {
  let best: { workload: IndexedWorkload; missing: [string, string][] } | undefined;
  const pairs = Object.entries(selector);
  for (const workload of workloads) {
    const missing = pairs.filter(([key, value]) => labelValue(workload.template.labels, key) !== value);
    if (missing.length === pairs.length) continue;
    if (!best || missing.length < best.missing.length) best = { workload, missing };
  }
  return best;
}
