import type { Localizer } from '../l10n';
import type { IndexedWorkload } from '../index/indexed-object';
import { formatLabels } from '../index/labels';
import type { Labels } from '../index/labels';
import { factsOf } from '../index/object-facts';
import type { Container, ContainerPort } from '../index/object-facts';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { K8sObject } from '../model/k8s-object';
import { get, str } from '../parse/located-node';
import type { PathSegment } from '../parse/node-at';
import { resolveTargetPort } from '../resolve/resolve-target-port';
import type { ContainerPortMatch, TargetPortResolution } from '../resolve/resolve-target-port';
import { mdCode as code, mdText as text } from '../text/markdown';

/** At most this many workloads are named in one hover; the rest are counted. */
const MAX_LISTED = 8;

/**
 * What a hovered Service field reaches in the workspace: the container port a `targetPort` (or a `port` without
 * one) lands on in each selected workload, and the workloads a `selector` matches. The Service is read from the
 * hovered text, so an unsaved edit counts; the workloads come from the index, in the Service's namespace (its
 * `metadata.namespace`, else the index's default namespace). Nothing is said in a workspace without workloads
 * (manifests split by kind, charts), where a selector cannot be judged, nor for a Service without a selector or
 * of type ExternalName, which selects no pods. Every manifest string (names, kinds, namespaces, labels, protocols)
 * is escaped for Markdown where it is put in: `Words` takes raw values, or fragments already built by `parts`.
 */
export function workspaceFacts(
  object: K8sObject,
  path: readonly PathSegment[],
  l10n: Localizer,
  index: WorkspaceIndex,
): string[] {
  if (object.apiVersion !== 'v1' || object.kind !== 'Service' || !index.hasWorkloads()) return [];
  const facts = factsOf(object);
  if (facts?.role !== 'service' || facts.externalName || Object.keys(facts.selector).length === 0) return [];
  const [first, second, portIndex, field] = path;
  if (first !== 'spec') return [];
  const words = wordsIn(l10n);
  const namespace = serviceNamespace(object, index);
  const workloads = index.workloadsSelectedBy(namespace, facts.selector);
  if (second === 'selector') return selectorFacts(index, namespace, facts.selector, workloads, words);
  if (second !== 'ports' || typeof portIndex !== 'number') return [];
  const port = facts.view.ports[portIndex];
  if (!port) return [];
  const resolution = resolveTargetPort(port, workloads);
  if (field === 'targetPort' || (field === 'port' && !port.targetPortPair)) {
    return targetFacts(resolution, namespace, facts.selector, words);
  }
  if (field === 'port') return limited(resolution.matches.map((m) => words.endsUp(...parts(m, words))), words);
  return [];
}

/** `metadata.namespace`, else the namespace the index gives objects that set none (`kubeSvc.defaultNamespace`). */
export function serviceNamespace(object: K8sObject, index: WorkspaceIndex): string {
  return str(get(object.root, 'metadata', 'namespace')) || index.defaultNamespace;
}

/** The heading of the workspace facts in a hover. */
export function workspaceHeading(l10n: Localizer): string {
  return wordsIn(l10n).heading;
}

function selectorFacts(
  index: WorkspaceIndex,
  namespace: string,
  selector: Labels,
  workloads: readonly IndexedWorkload[],
  words: Words,
): string[] {
  if (workloads.length > 0) return limited(workloads.map((w) => words.selects(w.kind, nameOf(w), w.namespace)), words);
  // The usual cause: the workloads are in another namespace (or none is written and the default differs).
  const elsewhere = index
    .namespaces()
    .filter((ns) => ns !== namespace)
    .flatMap((ns) => index.workloadsSelectedBy(ns, selector));
  return [
    words.selectsNone(namespace, formatLabels(selector)),
    ...limited(elsewhere.map((w) => words.otherNamespace(w.kind, nameOf(w), w.namespace)), words),
  ];
}

/** One line per selected workload: the container ports the traffic lands on, or why it lands on none. */
function targetFacts(resolution: TargetPortResolution, namespace: string, selector: Labels, words: Words): string[] {
  const { target, port } = resolution;
  if (!target) return [];
  if (resolution.workloads.length === 0) return [words.noWorkloads(namespace, formatLabels(selector))];
  const lines = resolution.workloads.flatMap((answer): string[] => {
    const workload = workloadName(answer.workload);
    if (answer.matches.length > 0) return answer.matches.map((m) => words.lands(...parts(m, words)));
    if (answer.protocolMismatches.length > 0) {
      return answer.protocolMismatches.map((m) => words.otherProtocol(...parts(m, words), m.port.protocol, port.protocol));
    }
    if (answer.workload.template.opaque) return [words.opaque(workload)];
    return [
      target.kind === 'name'
        ? words.noName(workload, target.name, port.protocol)
        : words.noNumber(workload, target.number, port.protocol),
    ];
  });
  return limited(lines, words);
}

/** `Deployment web`, `container \`web\``, `port \`http\` = 8080/TCP`, as Markdown. */
function parts(match: ContainerPortMatch, words: Words): [string, string, string] {
  return [workloadName(match.workload), containerText(match.container, words), portText(match.port, words)];
}

/** `Deployment web`, as Markdown. */
function workloadName(workload: IndexedWorkload): string {
  return text(`${workload.kind} ${nameOf(workload)}`);
}

function nameOf(workload: IndexedWorkload): string {
  return workload.name || '<generateName>';
}

function containerText(container: Container, words: Words): string {
  return words.container(container.name || '?', container.sidecar);
}

function portText(port: ContainerPort, words: Words): string {
  const number = text(`${port.containerPort ?? '?'}/${port.protocol}`);
  return words.port(port.name === '' ? number : `${code(port.name)} = ${number}`);
}

function limited(lines: readonly string[], words: Words): string[] {
  if (lines.length <= MAX_LISTED) return [...lines];
  return [...lines.slice(0, MAX_LISTED), words.more(lines.length - MAX_LISTED)];
}

/** `workload`, `container` and `port` parameters are Markdown built by `parts`; every other string is raw. */
interface Words {
  heading: string;
  container(name: string, sidecar: boolean): string;
  /** `port …` with the port's name and number already formatted. */
  port(text: string): string;
  lands(workload: string, container: string, port: string): string;
  endsUp(workload: string, container: string, port: string): string;
  otherProtocol(workload: string, container: string, port: string, declared: string, protocol: string): string;
  noName(workload: string, name: string, protocol: string): string;
  noNumber(workload: string, port: number, protocol: string): string;
  opaque(workload: string): string;
  noWorkloads(namespace: string, selector: string): string;
  selects(kind: string, name: string, namespace: string): string;
  selectsNone(namespace: string, selector: string): string;
  otherNamespace(kind: string, name: string, namespace: string): string;
  more(count: number): string;
}

function wordsIn(l10n: Localizer): Words {
  return {
    heading: l10n.t('In the workspace'),
    container: (name, sidecar) => `${sidecar ? l10n.t('sidecar container') : l10n.t('container')} ${code(name)}`,
    port: (text) => l10n.t('port {0}', text),
    lands: (workload, container, port) => `→ ${workload}, ${container}, ${port}`,
    endsUp: (workload, container, port) => l10n.t('Ends up in {0}, {1}, {2}.', workload, container, port),
    otherProtocol: (workload, container, port, declared, protocol) =>
      l10n.t('→ {0}, {1}, {2}: declared for {3}, but this Service port is {4}.', workload, container, port, text(declared), text(protocol)),
    noName: (workload, name, protocol) =>
      l10n.t('→ {0}: no container declares a {1} port named {2}, so its pods get no endpoint for this port.', workload, text(protocol), code(name)),
    noNumber: (workload, port, protocol) =>
      l10n.t('→ {0}: no container declares port {1}/{2}; traffic is still sent there (containerPort is informational).', workload, port, text(protocol)),
    opaque: (workload) => l10n.t('→ {0}: its containers are made by an operator, so their ports are not known here.', workload),
    noWorkloads: (namespace, selector) =>
      l10n.t('No workload in namespace {0} of the workspace matches the selector {1}, so no container port can be looked up.', code(namespace), code(selector)),
    selects: (kind, name, namespace) => l10n.t('Selects the pods of {0} (namespace {1}).', code(`${kind}/${name}`), code(namespace)),
    selectsNone: (namespace, selector) =>
      l10n.t('No workload in namespace {0} of the workspace has pods labelled {1}: this Service selects none.', code(namespace), code(selector)),
    otherNamespace: (kind, name, namespace) =>
      l10n.t('{0} in namespace {1} has those labels, but a Service selects only pods of its own namespace.', code(`${kind}/${name}`), code(namespace)),
    more: (count) => l10n.t('…and {0} more.', count),
  };
}
