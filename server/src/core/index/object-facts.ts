import { get, int, isEmpty, isMap, items, pairOf, str } from '../parse/located-node';
import type { LNode, LPair, Span } from '../parse/located-node';
import type { K8sObject } from '../model/k8s-object';
import { serviceView } from '../model/service';
import type { ServiceView } from '../model/service';
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

export interface EndpointSliceFacts {
  readonly role: 'endpointSlice';
  /** The `kubernetes.io/service-name` label: the Service the slice belongs to. */
  readonly serviceName: string | undefined;
  readonly ports: readonly { readonly name: string; readonly port: number | undefined; readonly protocol: string }[];
}

export interface IngressFacts {
  readonly role: 'ingress';
  readonly backends: readonly IngressBackend[];
}

/** A backend that names a Service: the default backend or one path's backend. */
export interface IngressBackend {
  /** `spec.defaultBackend`, `spec.backend` (v1beta1) or `spec.rules[0].http.paths[1].backend`. */
  readonly field: string;
  readonly span: Span;
  readonly serviceName: string;
  /** `…backend.service.name` or `…backend.serviceName`. */
  readonly serviceNameField: string;
  readonly serviceNameSpan: Span;
  /** The Service port it names; undefined when none is written. */
  readonly port: BackendPort | undefined;
}

export type BackendPort =
  | { readonly kind: 'name'; readonly name: string; readonly field: string; readonly span: Span }
  | { readonly kind: 'number'; readonly number: number; readonly field: string; readonly span: Span };

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

export interface Container {
  readonly name: string;
  /** `spec.template.spec.containers[0]` or `spec.template.spec.initContainers[0]`. */
  readonly field: string;
  readonly span: Span;
  /** An init container with `restartPolicy: Always`: runs beside the others and serves traffic. */
  readonly sidecar: boolean;
  readonly ports: readonly ContainerPort[];
}

export interface ContainerPort {
  readonly index: number;
  /** `spec.template.spec.containers[0].ports[1]`. */
  readonly field: string;
  /** `''` when unnamed. */
  readonly name: string;
  readonly containerPort: number | undefined;
  /** Effective protocol: `TCP` when empty. */
  readonly protocol: string;
  readonly span: Span;
}

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

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** The facts of an object the index keeps, or undefined for kinds it does not track. */
export function factsOf(object: K8sObject): ObjectFacts | undefined {
  const { apiVersion, kind } = object;
  if (apiVersion === 'v1' && kind === 'Service') return serviceFacts(object);
  if (apiVersion === 'v1' && kind === 'Endpoints') return endpointsFacts(object);
  if (kind === 'EndpointSlice' && ENDPOINT_SLICE.includes(apiVersion)) return endpointSliceFacts(object);
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
      replicas: int(get(object.root, 'spec', 'replicas')),
      opaque: true,
      containers: [],
    },
  };
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

function endpointsFacts(object: K8sObject): EndpointsFacts {
  const ports: EndpointsPort[] = [];
  items(get(object.root, 'subsets')).forEach((subset, subsetIndex) => {
    items(get(subset, 'ports')).forEach((node, index) => {
      const namePair = pairOf(node, 'name');
      ports.push({
        subsetIndex,
        index,
        field: `subsets[${subsetIndex}].ports[${index}]`,
        name: str(namePair?.value) ?? '',
        port: int(get(node, 'port')),
        protocol: str(get(node, 'protocol')) || 'TCP',
        span: node.span,
        nameSpan: namePair?.value.span ?? node.span,
      });
    });
  });
  return { role: 'endpoints', ports };
}

function endpointSliceFacts(object: K8sObject): EndpointSliceFacts {
  return {
    role: 'endpointSlice',
    serviceName: str(get(object.root, 'metadata', 'labels', SERVICE_NAME_LABEL)),
    ports: items(get(object.root, 'ports')).map((node) => ({
      name: str(get(node, 'name')) ?? '',
      port: int(get(node, 'port')),
      protocol: str(get(node, 'protocol')) || 'TCP',
    })),
  };
}

/** networking.k8s.io/v1: `backend.service.name` and `backend.service.port.name` / `.number`. */
function v1Backends(object: K8sObject): IngressBackend[] {
  return ingressBackendNodes(object, 'defaultBackend').flatMap(({ field, node }) => {
    const service = get(node, 'service');
    const namePair = pairOf(service, 'name');
    const name = str(namePair?.value);
    if (!namePair || !name) return [];
    const port = get(service, 'port');
    const portName = pairOf(port, 'name');
    const portNumber = pairOf(port, 'number');
    const base = `${field}.service.port`;
    let backendPort: BackendPort | undefined;
    if (str(portName?.value)) {
      backendPort = { kind: 'name', name: str(portName?.value) ?? '', field: `${base}.name`, span: spanOf(portName) };
    } else if (int(portNumber?.value) !== undefined) {
      backendPort = {
        kind: 'number',
        number: int(portNumber?.value) ?? 0,
        field: `${base}.number`,
        span: spanOf(portNumber),
      };
    }
    return [
      {
        field,
        span: node.span,
        serviceName: name,
        serviceNameField: `${field}.service.name`,
        serviceNameSpan: namePair.value.span,
        port: backendPort,
      },
    ];
  });
}

/** extensions/v1beta1 and networking.k8s.io/v1beta1: `backend.serviceName` and the int-or-string `servicePort`. */
function v1beta1Backends(object: K8sObject): IngressBackend[] {
  return ingressBackendNodes(object, 'backend').flatMap(({ field, node }) => {
    const namePair = pairOf(node, 'serviceName');
    const name = str(namePair?.value);
    if (!namePair || !name) return [];
    const portPair = pairOf(node, 'servicePort');
    const value = portPair?.value;
    const portField = `${field}.servicePort`;
    let port: BackendPort | undefined;
    const text = str(value);
    const number = int(value) ?? (text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined);
    if (number !== undefined) port = { kind: 'number', number, field: portField, span: spanOf(portPair) };
    else if (text) port = { kind: 'name', name: text, field: portField, span: spanOf(portPair) };
    return [
      {
        field,
        span: node.span,
        serviceName: name,
        serviceNameField: `${field}.serviceName`,
        serviceNameSpan: namePair.value.span,
        port,
      },
    ];
  });
}

function ingressBackendNodes(object: K8sObject, defaultKey: string): { field: string; node: LNode }[] {
  const found: { field: string; node: LNode }[] = [];
  const spec = get(object.root, 'spec');
  const fallback = get(spec, defaultKey);
  if (isMap(fallback)) found.push({ field: `spec.${defaultKey}`, node: fallback });
  items(get(spec, 'rules')).forEach((rule, r) => {
    items(get(rule, 'http', 'paths')).forEach((path, p) => {
      const backend = get(path, 'backend');
      if (isMap(backend)) found.push({ field: `spec.rules[${r}].http.paths[${p}].backend`, node: backend });
    });
  });
  return found;
}

function spanOf(pair: LPair | undefined): Span {
  return pair ? pair.value.span : { start: 0, end: 0 };
}

/** prometheus-operator labels the pods of a `Prometheus` with `prometheus: <name>`, an `Alertmanager`'s likewise. */
function operatorPodLabels(object: K8sObject): Labels | undefined {
  if (!object.apiVersion.startsWith('monitoring.coreos.com/')) return undefined;
  if (object.kind !== 'Prometheus' && object.kind !== 'Alertmanager') return undefined;
  const name = str(get(object.root, 'metadata', 'name'));
  return name ? { [object.kind.toLowerCase()]: name } : undefined;
}

function podTemplate(object: K8sObject, path: readonly string[]): PodTemplate {
  const template = path.length === 0 ? object.root : get(object.root, ...path);
  const field = path.join('.');
  const labelsNode = get(template, 'metadata', 'labels');
  const spec = get(template, 'spec');
  const specField = field === '' ? 'spec' : `${field}.spec`;
  const containers = items(get(spec, 'containers')).map((node, i) =>
    container(node, `${specField}.containers[${i}]`, false),
  );
  items(get(spec, 'initContainers')).forEach((node, i) => {
    if (str(get(node, 'restartPolicy')) === 'Always') {
      containers.push(container(node, `${specField}.initContainers[${i}]`, true));
    }
  });
  return {
    field,
    labels: labelsOf(labelsNode),
    labelsSpan: isEmpty(labelsNode) ? undefined : labelsNode?.span,
    replicas: int(get(object.root, 'spec', 'replicas')),
    opaque: false,
    containers,
  };
}

function container(node: LNode, field: string, sidecar: boolean): Container {
  return {
    name: str(get(node, 'name')) ?? '',
    field,
    span: node.span,
    sidecar,
    ports: items(get(node, 'ports')).map((port, index) => ({
      index,
      field: `${field}.ports[${index}]`,
      name: str(get(port, 'name')) ?? '',
      containerPort: int(get(port, 'containerPort')),
      protocol: str(get(port, 'protocol')) || 'TCP',
      span: port.span,
    })),
  };
}
