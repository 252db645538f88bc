import type { Language } from '../docs/doc-types';
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
  language: Language,
  index: WorkspaceIndex,
): string[] {
  if (object.apiVersion !== 'v1' || object.kind !== 'Service' || !index.hasWorkloads()) return [];
  const facts = factsOf(object);
  if (facts?.role !== 'service' || facts.externalName || Object.keys(facts.selector).length === 0) return [];
  const [first, second, portIndex, field] = path;
  if (first !== 'spec') return [];
  const words = WORDS[language];
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
export function workspaceHeading(language: Language): string {
  return WORDS[language].heading;
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

/** `namespace \`web\``, or what an object without `metadata.namespace` is in: where it is applied. */
function nsEn(namespace: string): string {
  return namespace === '' ? 'the namespace it is applied to (namespace not set)' : `namespace ${code(namespace)}`;
}

function nsKo(namespace: string): string {
  return namespace === '' ? '적용되는 네임스페이스(네임스페이스 지정 안 됨)' : `네임스페이스 ${code(namespace)}`;
}

const WORDS: Record<Language, Words> = {
  en: {
    heading: 'In the workspace',
    container: (name, sidecar) => `${sidecar ? 'sidecar container' : 'container'} ${code(name)}`,
    port: (text) => `port ${text}`,
    lands: (workload, container, port) => `→ ${workload}, ${container}, ${port}`,
    endsUp: (workload, container, port) => `Ends up in ${workload}, ${container}, ${port}.`,
    otherProtocol: (workload, container, port, declared, protocol) =>
      `→ ${workload}, ${container}, ${port}: declared for ${text(declared)}, but this Service port is ${text(protocol)}.`,
    noName: (workload, name, protocol) =>
      `→ ${workload}: no container declares a ${text(protocol)} port named ${code(name)}, so its pods get no endpoint for this port.`,
    noNumber: (workload, port, protocol) =>
      `→ ${workload}: no container declares port ${port}/${text(protocol)}; traffic is still sent there (containerPort is informational).`,
    opaque: (workload) => `→ ${workload}: its containers are made by an operator, so their ports are not known here.`,
    noWorkloads: (namespace, selector) =>
      `No workload in ${nsEn(namespace)} of the workspace matches the selector ${code(selector)}, so no container port can be looked up.`,
    selects: (kind, name, namespace) => `Selects the pods of ${code(`${kind}/${name}`)} (${nsEn(namespace)}).`,
    selectsNone: (namespace, selector) =>
      `No workload in ${nsEn(namespace)} of the workspace has pods labelled ${code(selector)}: this Service selects none.`,
    otherNamespace: (kind, name, namespace) =>
      `${code(`${kind}/${name}`)} in ${nsEn(namespace)} has those labels, but a Service selects only pods of its own namespace.`,
    more: (count) => `…and ${count} more.`,
  },
  ko: {
    heading: '워크스페이스에서',
    container: (name, sidecar) => `${sidecar ? '사이드카 컨테이너' : '컨테이너'} ${code(name)}`,
    port: (text) => `포트 ${text}`,
    lands: (workload, container, port) => `→ ${workload}, ${container}, ${port}`,
    endsUp: (workload, container, port) => `도착하는 곳: ${workload}, ${container}, ${port}.`,
    otherProtocol: (workload, container, port, declared, protocol) =>
      `→ ${workload}, ${container}, ${port}: ${text(declared)}(으)로 선언되어 있지만 이 서비스 포트는 ${text(protocol)}입니다.`,
    noName: (workload, name, protocol) =>
      `→ ${workload}: 이름이 ${code(name)}인 ${text(protocol)} 포트를 선언한 컨테이너가 없어, 이 워크로드의 파드는 이 포트의 엔드포인트가 되지 않습니다.`,
    noNumber: (workload, port, protocol) =>
      `→ ${workload}: 포트 ${port}/${text(protocol)}을(를) 선언한 컨테이너가 없습니다. 그래도 트래픽은 그 포트로 전달됩니다(containerPort는 참고용입니다).`,
    opaque: (workload) => `→ ${workload}: 컨테이너를 오퍼레이터가 만들기 때문에 여기서는 포트를 알 수 없습니다.`,
    noWorkloads: (namespace, selector) =>
      `워크스페이스의 ${nsKo(namespace)}에 셀렉터 ${code(selector)}와(과) 일치하는 워크로드가 없어 컨테이너 포트를 찾을 수 없습니다.`,
    selects: (kind, name, namespace) => `${code(`${kind}/${name}`)}(${nsKo(namespace)})의 파드를 선택합니다.`,
    selectsNone: (namespace, selector) =>
      `워크스페이스의 ${nsKo(namespace)}에는 파드 레이블이 ${code(selector)}인 워크로드가 없습니다: 이 서비스는 아무 파드도 선택하지 않습니다.`,
    otherNamespace: (kind, name, namespace) =>
      `${nsKo(namespace)}의 ${code(`${kind}/${name}`)}에 그 레이블이 있지만, 서비스는 자기 네임스페이스의 파드만 선택합니다.`,
    more: (count) => `…외 ${count}개.`,
  },
};
