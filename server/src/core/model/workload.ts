import { get } from '../parse/located-node';
import type { LNode, Span } from '../parse/located-node';
import { goList, stringField, writtenInt32 } from './decoded';
import type { K8sObject } from './k8s-object';

/**
 * The pod template of a workload (or a Pod itself), read leniently from its decoded fields: nothing validates a
 * workload here, so a field the decoder refuses reads as absent.
 */
export interface DecodedPodTemplate {
  /** `spec.template`, `spec.jobTemplate.spec.template`, or `` for a Pod. */
  readonly field: string;
  /** `metadata.labels` of the template. */
  readonly labelsNode: LNode | undefined;
  /** `spec.replicas` when written: 0 still counts as selected by a Service. */
  readonly replicas: number | undefined;
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

/** The pod template at `path` under the object (the object itself for a Pod). */
export function decodePodTemplate(object: K8sObject, path: readonly string[]): DecodedPodTemplate {
  const template = path.length === 0 ? object.root : get(object.root, ...path);
  return decodePodTemplateAt(object, template, path.join('.'));
}

/** The pod template `template` of the object, found at `field` (a custom resource's, wherever it keeps one). */
export function decodePodTemplateAt(object: K8sObject, template: LNode | undefined, field: string): DecodedPodTemplate {
  const spec = get(template, 'spec');
  const specField = field === '' ? 'spec' : `${field}.spec`;
  const containers = listItems(get(spec, 'containers')).map((node, i) =>
    container(node, `${specField}.containers[${i}]`, false),
  );
  listItems(get(spec, 'initContainers')).forEach((node, i) => {
    if (stringField(node, 'restartPolicy')?.value === 'Always') {
      containers.push(container(node, `${specField}.initContainers[${i}]`, true));
    }
  });
  return { field, labelsNode: get(template, 'metadata', 'labels'), replicas: replicasOf(object), containers };
}

/** `spec.replicas` of the object, when written. */
export function replicasOf(object: K8sObject): number | undefined {
  return writtenInt32(get(object.root, 'spec'), 'replicas');
}

function container(node: LNode, field: string, sidecar: boolean): Container {
  return {
    name: stringField(node, 'name')?.value ?? '',
    field,
    span: node.span,
    sidecar,
    ports: listItems(get(node, 'ports')).map((port, index) => ({
      index,
      field: `${field}.ports[${index}]`,
      name: stringField(port, 'name')?.value ?? '',
      containerPort: writtenInt32(port, 'containerPort'),
      protocol: stringField(port, 'protocol')?.value || 'TCP',
      span: port.span,
    })),
  };
}

/** A lenient reader walks a list whatever it holds; anything else reads as an empty list. */
function listItems(node: LNode | undefined): readonly LNode[] {
  return goList(node) ?? [];
}
