import { get, isEmpty, isMap, isSeq, pairOf } from '../parse/located-node';
import type { LNode, LPair, Span } from '../parse/located-node';
import { writtenString, writtenValue } from '../model/decoded';
import { endpointSubsets } from '../model/endpoints';
import { endpointSliceView } from '../model/endpoint-slice';
import type { EndpointSliceView } from '../model/endpoint-slice';
import { v1Backends, v1beta1Backends } from '../model/ingress';
import type { IngressBackend } from '../model/ingress';
import type { K8sObject } from '../model/k8s-object';
import { serviceView } from '../model/service';
import type { ServiceView } from '../model/service';
import { decodePodTemplate, decodePodTemplateAt, replicasOf } from '../model/workload';
import type { Container } from '../model/workload';
import { labelsOf } from './labels';
import type { Labels } from './labels';

/**
 * What the workspace index needs of one object, read once per object and cached with the document's analysis:
 * nothing here depends on where the document sits in its file, on other files or on settings.
 */
export type ObjectFacts = ServiceFacts | EndpointsFacts | EndpointSliceFacts | IngressFacts | WorkloadFacts;

export interface ServiceFacts {
  readonly role: 'service';
  readonly view: ServiceView;
  /** `spec.selector` as written; empty when absent or empty, which selects nothing. */
  readonly selector: Labels;
  readonly selectorPair: LPair | undefined;
  readonly externalName: boolean;
}

export interface EndpointsFacts {
  readonly role: 'endpoints';
  readonly ports: readonly EndpointsPort[];
}

/** One `subsets[i].ports[j]` of an Endpoints object. */
export interface EndpointsPort {
  readonly subsetIndex: number;
  readonly index: number;
  /** `subsets[0].ports[1]`. */
  readonly field: string;
  /** `''` when unnamed. */
  readonly name: string;
  readonly port: number | undefined;
  /** Effective protocol: `TCP` when empty. */
  readonly protocol: string;
  readonly span: Span;
  /** The written name, else the port item. */
  readonly nameSpan: Span;
}

export interface EndpointSliceFacts extends EndpointSliceView {
  readonly role: 'endpointSlice';
}

export interface IngressFacts {
  readonly role: 'ingress';
  readonly backends: readonly IngressBackend[];
}

export type { BackendPort, IngressBackend } from '../model/ingress';

export interface WorkloadFacts {
  readonly role: 'workload';
  readonly template: PodTemplate;
}

/** The pods a workload makes: its pod template, or the Pod itself. */
export interface PodTemplate {
  /** `spec.template`, `spec.jobTemplate.spec.template`, `spec.podMetadata` (opaque), or `` for a Pod. */
  readonly field: string;
  readonly labels: Labels;
  /** The labels map; undefined when there is none. */
  readonly labelsSpan: Span | undefined;
  /** `spec.replicas` when written: 0 still counts as selected by a Service. */
  readonly replicas: number | undefined;
  /**
   * The pods come from a custom resource's operator, which adds containers the manifest does not show (e.g. a
   * prometheus-operator `Prometheus` with `spec.podMetadata`): its labels count, its container ports are unknown.
   */
  readonly opaque: boolean;
  /** Containers, then sidecars (init containers with `restartPolicy: Always`), in that order. */
  readonly containers: readonly Container[];
}

export type { Container, ContainerPort } from '../model/workload';

interface WorkloadKind {
  readonly apiVersions: readonly string[];
  /** Keys from the object to its pod template; empty for a Pod. */
  readonly template: readonly string[];
}

const APPS = ['apps/v1', 'apps/v1beta2', 'apps/v1beta1', 'extensions/v1beta1'];

/**
 * The kinds whose pods a Service can select. Besides the served versions (apps/v1, batch/v1) the retired ones are
 * read too: their pod template is the same, and leaving them out would only make their Services look unmatched.
 */
export const WORKLOAD_KINDS: Readonly<Record<string, WorkloadKind>> = {
  Pod: { apiVersions: ['v1'], template: [] },
  Deployment: { apiVersions: APPS, template: ['spec', 'template'] },
  StatefulSet: { apiVersions: APPS, template: ['spec', 'template'] },
  DaemonSet: { apiVersions: APPS, template: ['spec', 'template'] },
  ReplicaSet: { apiVersions: APPS, template: ['spec', 'template'] },
  ReplicationController: { apiVersions: ['v1'], template: ['spec', 'template'] },
  Job: { apiVersions: ['batch/v1'], template: ['spec', 'template'] },
  CronJob: { apiVersions: ['batch/v1', 'batch/v1beta1'], template: ['spec', 'jobTemplate', 'spec', 'template'] },
};

const INGRESS_V1 = ['networking.k8s.io/v1'];
const INGRESS_V1BETA1 = ['networking.k8s.io/v1beta1', 'extensions/v1beta1'];
const ENDPOINT_SLICE = ['discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1'];

export { SERVICE_NAME_LABEL } from '../model/endpoint-slice';

/** The facts of an object the index keeps, or undefined for kinds it does not track. */
export function factsOf(object: K8sObject): ObjectFacts | undefined {
  const { apiVersion, kind } = object;
  if (apiVersion === 'v1' && kind === 'Service') return serviceFacts(object);
  if (apiVersion === 'v1' && kind === 'Endpoints') return endpointsFacts(object);
  if (kind === 'EndpointSlice' && ENDPOINT_SLICE.includes(apiVersion)) {
    return { role: 'endpointSlice', ...endpointSliceView(object) };
  }
  if (kind === 'Ingress' && INGRESS_V1.includes(apiVersion)) return { role: 'ingress', backends: v1Backends(object) };
  if (kind === 'Ingress' && INGRESS_V1BETA1.includes(apiVersion)) {
    return { role: 'ingress', backends: v1beta1Backends(object) };
  }
  const workload = Object.hasOwn(WORKLOAD_KINDS, kind) ? WORKLOAD_KINDS[kind] : undefined;
  if (workload?.apiVersions.includes(apiVersion)) {
    return { role: 'workload', template: podTemplate(object, workload.template) };
  }
  return isCustomResource(apiVersion) ? customWorkloadFacts(object) : undefined;
}

/** A group with a dot that Kubernetes does not serve itself (`*.k8s.io`): `argoproj.io`, `monitoring.coreos.com`. */
function isCustomResource(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return false;
  const group = apiVersion.slice(0, slash);
  return group.includes('.') && !group.endsWith('.k8s.io') && group !== 'k8s.io';
}

/**
 * A custom resource whose operator makes pods from a template it holds: a pod template at `spec.template` (Argo
 * Rollouts, OpenKruise) is read like a Deployment's; `spec.podMetadata.labels` and prometheus-operator's own pod
 * labels give the pods' labels only. Other custom resources are not workloads.
 */
function customWorkloadFacts(object: K8sObject): WorkloadFacts | undefined {
  const template = get(object.root, 'spec', 'template');
  if (isMap(get(template, 'metadata', 'labels'))) {
    const read = podTemplate(object, ['spec', 'template']);
    return { role: 'workload', template: { ...read, opaque: read.containers.length === 0 } };
  }
  const podMetadataLabels = get(object.root, 'spec', 'podMetadata', 'labels');
  const operatorLabels = operatorPodLabels(object);
  if (!operatorLabels && (!isMap(podMetadataLabels) || isEmpty(podMetadataLabels))) return undefined;
  return {
    role: 'workload',
    template: {
      field: 'spec.podMetadata',
      labels: { ...operatorLabels, ...labelsOf(podMetadataLabels) },
      labelsSpan: isMap(podMetadataLabels) ? podMetadataLabels.span : undefined,
      replicas: replicasOf(object),
      opaque: true,
      containers: [],
    },
  };
}

/**
 * Every workload an object is: one, or, for a custom resource that holds pod templates deeper down (a
 * LeaderWorkerSet's leader and worker templates, a RayCluster's head and worker groups, an ECK node set's
 * `podTemplate`), one per template found. The operator adds containers and labels of its own, so such a template
 * is opaque: its labels count, its container ports are what it declares or unknown.
 */
export function allFactsOf(object: K8sObject): ObjectFacts[] {
  const facts = factsOf(object);
  if (facts || !isCustomResource(object.apiVersion)) return facts ? [facts] : [];
  return nestedPodTemplates(get(object.root, 'spec'), 'spec', 0).map(({ node, field }) => {
    const read = decodePodTemplateAt(object, node, field);
    const labelsNode = read.labelsNode;
    return {
      role: 'workload',
      template: {
        field,
        labels: labelsOf(labelsNode),
        labelsSpan: isEmpty(labelsNode) ? undefined : labelsNode?.span,
        replicas: replicasOf(object),
        opaque: true,
        containers: read.containers,
      },
    };
  });
}

/** How deep below `spec` a pod template is looked for: `spec.workerGroupSpecs[0].template` is 3. */
const MAX_TEMPLATE_DEPTH = 6;

/** Maps with `metadata.labels` and a `spec.containers` list: a PodTemplateSpec, whatever its key. */
function nestedPodTemplates(node: LNode | undefined, field: string, depth: number): { node: LNode; field: string }[] {
  if (node === undefined || depth > MAX_TEMPLATE_DEPTH) return [];
  if (isSeq(node)) return node.items.flatMap((item, i) => nestedPodTemplates(item, `${field}[${i}]`, depth + 1));
  if (!isMap(node)) return [];
  if (isMap(get(node, 'metadata', 'labels')) && isSeq(get(node, 'spec', 'containers'))) return [{ node, field }];
  return node.pairs.flatMap((pair) => nestedPodTemplates(pair.value, `${field}.${pair.key}`, depth + 1));
}

function serviceFacts(object: K8sObject): ServiceFacts {
  const view = serviceView(object);
  const selectorPair = pairOf(view.spec, 'selector');
  return {
    role: 'service',
    view,
    selector: isMap(selectorPair?.value) ? labelsOf(selectorPair.value) : {},
    selectorPair,
    externalName: view.type === 'ExternalName',
  };
}

/** Every `subsets[i].ports[j]`, as decoded; a field the decoder refuses reads as absent. */
function endpointsFacts(object: K8sObject): EndpointsFacts {
  const ports = endpointSubsets(object).flatMap((subset) =>
    (subset.ports ?? []).map((port) => ({
      subsetIndex: port.subsetIndex,
      index: port.index,
      field: port.path,
      name: port.name?.value ?? '',
      port: writtenValue(port.port),
      protocol: port.protocol?.value ?? 'TCP',
      span: port.node.span,
      nameSpan: pairOf(port.node, 'name')?.value.span ?? port.node.span,
    })),
  );
  return { role: 'endpoints', ports };
}

/** prometheus-operator labels the pods of a `Prometheus` with `prometheus: <name>`, an `Alertmanager`'s likewise. */
function operatorPodLabels(object: K8sObject): Labels | undefined {
  if (!object.apiVersion.startsWith('monitoring.coreos.com/')) return undefined;
  if (object.kind !== 'Prometheus' && object.kind !== 'Alertmanager') return undefined;
  const name = writtenString(get(object.root, 'metadata'), 'name');
  return name ? { [object.kind.toLowerCase()]: name } : undefined;
}

function podTemplate(object: K8sObject, path: readonly string[]): PodTemplate {
  const { field, labelsNode, replicas, containers } = decodePodTemplate(object, path);
  return {
    field,
    labels: labelsOf(labelsNode),
    labelsSpan: isEmpty(labelsNode) ? undefined : labelsNode?.span,
    replicas,
    opaque: false,
    containers,
  };
}
