import type { Localizer } from '../../l10n';
import type { IndexedService, IndexedWorkload } from '../../index/indexed-object';
import { formatLabels, labelValue } from '../../index/labels';
import type { Labels } from '../../index/labels';
import type { WorkspaceIndex } from '../../index/workspace-index';
import { nameOf, namesOf, relatedPlace } from '../workspace/texts';
import type { RelatedPlace } from '../workspace/texts';
import type { WorkspaceRule } from '../workspace/workspace-rule';
import {
  closestIs,
  compareWithPodLabels,
  inAnotherNamespace,
  labelDifference,
  noWorkloadLabelled,
  onWorkloadNotPods,
} from './texts';

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
  check({ index, file, l10n, report }) {
    if (!index.hasWorkloads()) return;
    for (const service of file.objects) {
      if (service.role !== 'service' || service.externalName || !service.selectorPair) continue;
      if (Object.keys(service.selector).length === 0) continue;
      if (index.workloadsSelectedBy(service.namespace, service.selector).length > 0) continue;
      const hint = nearMiss(index, service, l10n);
      const ns = service.namespace;
      report(service, {
        field: 'spec.selector',
        type: 'Invalid',
        span: service.selectorPair.keySpan,
        value: formatLabels(service.selector),
        detail: noWorkloadLabelled(l10n, ns),
        advice: hint?.text ?? compareWithPodLabels(l10n),
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
function nearMiss(index: WorkspaceIndex, service: IndexedService, l10n: Localizer): Hint | undefined {
  return otherNamespace(index, service, l10n) ?? sameNamespace(index, service, l10n);
}

function otherNamespace(index: WorkspaceIndex, service: IndexedService, l10n: Localizer): Hint | undefined {
  const found = index
    .namespaces()
    .filter((ns) => ns !== service.namespace)
    .flatMap((ns) => index.workloadsSelectedBy(ns, service.selector));
  if (found.length === 0) return undefined;
  const first = found[0];
  return {
    text: inAnotherNamespace(l10n, namesOf(found, l10n), first.namespace, service.namespace),
    related: found.map((w) => relatedPlace(w, w.object.root.span, nameOf(w))),
  };
}

function sameNamespace(index: WorkspaceIndex, service: IndexedService, l10n: Localizer): Hint | undefined {
  const onMetadata = index
    .workloadsLabelledBy(service.namespace, service.selector)
    .find((w) => w.template.field !== '' && !w.template.opaque);
  if (onMetadata) {
    return {
      text: onWorkloadNotPods(l10n, nameOf(onMetadata), onMetadata.template.field),
      related: [relatedPlace(onMetadata, onMetadata.object.root.span, nameOf(onMetadata))],
    };
  }
  const closest = closestWorkload(index.workloadsSharingLabels(service.namespace, service.selector), service.selector);
  if (!closest) return undefined;
  const { workload, missing } = closest;
  const differences = missing
    .map(([key, value]) => {
      const has = labelValue(workload.template.labels, key);
      return labelDifference(l10n, key, value, has);
    })
    .join(', ');
  return {
    text: closestIs(l10n, nameOf(workload), differences),
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
