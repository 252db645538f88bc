import type { IndexedWorkload } from './indexed-object';
import { labelValue } from './labels';
import type { Labels } from './labels';

/**
 * Labels a controller adds to the pods it makes, which no pod template holds: a Service may select on them (a
 * per-pod Service of a StatefulSet, a Service for one Job's pods). `matches` says whether the pods of `workload`
 * can carry `value`; a value the manifest cannot tell (a uid, a hash) matches every workload of the kind.
 */
interface ControllerLabel {
  /** Which pod, when the label names one (`web-0`), for hovers and the preview. */
  readonly pod?: (workload: IndexedWorkload, value: string) => string;
  readonly matches: (workload: IndexedWorkload, value: string) => boolean;
}

const JOB_KINDS = new Set(['Job', 'CronJob']);

/** `web-N` with N < replicas: the StatefulSet controller names its pods `<name>-<ordinal>` (ordinals from 0). */
const statefulSetPodName: ControllerLabel = {
  pod: (_, value) => value,
  matches: (workload, value) => {
    if (workload.kind !== 'StatefulSet' || !value.startsWith(`${workload.name}-`)) return false;
    return ordinalBelowReplicas(workload, value.slice(workload.name.length + 1));
  },
};

/** `N` with N < replicas (Kubernetes 1.28+ labels StatefulSet pods with their ordinal). */
const statefulSetPodIndex: ControllerLabel = {
  pod: (workload, value) => `${workload.name}-${value}`,
  matches: (workload, value) => workload.kind === 'StatefulSet' && ordinalBelowReplicas(workload, value),
};

/** The Job's name; a CronJob's Jobs are named `<cronjob>-<scheduled time>`. */
const jobName: ControllerLabel = {
  matches: (workload, value) =>
    (workload.kind === 'Job' && value === workload.name) ||
    (workload.kind === 'CronJob' && value.startsWith(`${workload.name}-`)),
};

/** The Job's uid, which the manifest cannot know. */
const jobControllerUid: ControllerLabel = { matches: (workload) => JOB_KINDS.has(workload.kind) };

/** The Deployment's ReplicaSet's hash of the pod template, which the manifest cannot know. */
const podTemplateHash: ControllerLabel = { matches: (workload) => workload.kind === 'Deployment' };

export const CONTROLLER_LABELS: Readonly<Record<string, ControllerLabel>> = {
  'statefulset.kubernetes.io/pod-name': statefulSetPodName,
  'apps.kubernetes.io/pod-index': statefulSetPodIndex,
  'job-name': jobName,
  'batch.kubernetes.io/job-name': jobName,
  'controller-uid': jobControllerUid,
  'batch.kubernetes.io/controller-uid': jobControllerUid,
  'pod-template-hash': podTemplateHash,
};

function ordinalBelowReplicas(workload: IndexedWorkload, ordinal: string): boolean {
  if (!/^(0|[1-9][0-9]*)$/.test(ordinal)) return false;
  return Number(ordinal) < (workload.template.replicas ?? 1);
}

export function isControllerLabel(key: string): boolean {
  return Object.hasOwn(CONTROLLER_LABELS, key);
}

/**
 * A selector split for matching: the pairs a pod template must hold, the controller-added pairs (checked against the
 * workload itself), the keys left out (`kubeSvc.ignoreLabels`: labels a tool adds, taken as matching).
 */
export interface SplitSelector {
  readonly template: Labels;
  readonly controller: readonly (readonly [string, string])[];
}

export function splitSelector(selector: Labels, ignored: ReadonlySet<string>): SplitSelector {
  const template: Record<string, string> = {};
  const controller: [string, string][] = [];
  for (const [key, value] of Object.entries(selector)) {
    if (ignored.has(key)) continue;
    if (isControllerLabel(key)) controller.push([key, value]);
    else template[key] = value;
  }
  return { template, controller };
}

/** A controller-added pair holds for the workload's pods: written in the template, or added by its controller. */
export function controllerPairHolds(workload: IndexedWorkload, [key, value]: readonly [string, string]): boolean {
  if (labelValue(workload.template.labels, key) === value) return true;
  return Object.hasOwn(CONTROLLER_LABELS, key) && CONTROLLER_LABELS[key].matches(workload, value);
}

/** The one pod of the workload the selector picks (`web-0`), when it names one by a controller-added label. */
export function selectedPod(workload: IndexedWorkload, selector: Labels): string | undefined {
  for (const [key, value] of Object.entries(selector)) {
    const label = Object.hasOwn(CONTROLLER_LABELS, key) ? CONTROLLER_LABELS[key] : undefined;
    if (label?.pod && label.matches(workload, value)) return label.pod(workload, value);
  }
  return undefined;
}
