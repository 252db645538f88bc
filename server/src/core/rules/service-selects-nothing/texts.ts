import type { Localizer } from '../../l10n';

/** service-selects-nothing's words, in both languages. */

export function noWorkloadLabelled(l10n: Localizer, namespace: string): string {
  return l10n.t('no workload in namespace "{0}" in the workspace has these labels on its pods', namespace);
}

export function compareWithPodLabels(l10n: Localizer): string {
  return l10n.t('compare it with the pod-template labels (spec.template.metadata.labels) of the workload meant to serve it; if that workload is deployed from outside the workspace (a Helm chart, an operator), ignore this');
}

/** `names` (in namespace `namespace`) have the labels; the Service is in `own`. */
export function inAnotherNamespace(l10n: Localizer, names: string, namespace: string, own: string): string {
  return l10n.t('{0} in namespace "{1}" has these labels, but a Service selects pods of its own namespace only ("{2}"): put both in one namespace', names, namespace, own);
}

/** The workload `name` has the labels on itself; its pod template is at `template`. */
export function onWorkloadNotPods(l10n: Localizer, name: string, template: string): string {
  return l10n.t('{0} has these labels in metadata.labels, but a Service selects the labels of the pods ({1}.metadata.labels): add them there', name, template);
}

/** How a pod's label `key` differs from the selector's `value`: missing (`has` undefined), or another value. */
export function labelDifference(l10n: Localizer, key: string, value: string, has: string | undefined): string {
  return has === undefined
    ? l10n.t('no label {0} (wanted {0}={1})', key, value)
    : l10n.t('{0}={1} (not {2})', key, has, value);
}

export function closestIs(l10n: Localizer, name: string, differences: string): string {
  return l10n.t('the closest is {0}, whose pods have {1}: make the selector and the pod labels agree', name, differences);
}
