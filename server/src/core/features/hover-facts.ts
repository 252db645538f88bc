import { get, str } from '../parse/located-node';
import type { K8sObject } from '../model/k8s-object';
import { serviceView } from '../model/service';
import type { PortView, ServiceView } from '../model/service';
import type { PathSegment } from '../parse/node-at';
import type { Language } from '../docs/doc-types';
import { mdCode as code, mdText as text } from '../text/markdown';

/**
 * What a hovered field resolves to in this manifest: the DNS name and port a `port` is reached at, the container
 * port a `targetPort` sends to, what a `nodePort` opens. Markdown sentences in the user's language, every manifest
 * string in them escaped (`mdCode`, `mdText`). An object without `metadata.namespace` is in `defaultNamespace`.
 */
export function hoverFacts(
  object: K8sObject,
  path: readonly PathSegment[],
  language: Language,
  defaultNamespace = 'default',
): string[] {
  if (object.kind !== 'Service') return [];
  const service = serviceView(object);
  const words = WORDS[language];
  const [first, second, index, field] = path;
  if (first === 'spec' && second === 'ports' && typeof index === 'number' && service.ports[index]) {
    return portFacts(object, service, service.ports[index], field, words, defaultNamespace);
  }
  if (first === 'spec' && second === 'type') return [words.type(service.type)];
  if (first === 'spec' && second === 'clusterIP' && service.headless) {
    return [words.headless(dnsName(object, defaultNamespace))];
  }
  if (first === 'metadata' && second === 'name') return [words.dns(dnsName(object, defaultNamespace))];
  return [];
}

function portFacts(
  object: K8sObject,
  service: ServiceView,
  port: PortView,
  field: PathSegment | undefined,
  words: Words,
  defaultNamespace: string,
): string[] {
  const host = dnsName(object, defaultNamespace);
  if (service.type === 'ExternalName') {
    // A DNS alias: kube-proxy ignores it, so there are no pods, no targetPort and no node port behind the port.
    const target = str(get(service.spec, 'externalName')) || '<externalName>';
    if (field === 'port' && port.port !== undefined) return [words.externalNamePort(host, target, port.port)];
    if (field === 'targetPort') return [words.externalNameTarget(target)];
    return [];
  }
  if (field === 'port' && port.port !== undefined) {
    const facts = [words.reach(`${host}:${port.port}`)];
    if (!port.targetPortPair) facts.push(words.targetDefaulted(port.port));
    return facts;
  }
  if (field === 'targetPort' && port.targetPort !== undefined) return [words.target(port.targetPort, port.protocol)];
  if (field === 'nodePort' && port.nodePort !== undefined) {
    return service.type === 'ClusterIP' ? [] : [words.nodePort(port.nodePort, port.port)];
  }
  return [];
}

/**
 * `name.namespace.svc.cluster.local`; the namespace is `defaultNamespace` when the manifest does not say, else
 * `<namespace>`: the one it is applied to.
 */
export function dnsName(object: K8sObject, defaultNamespace = ''): string {
  const name = str(get(object.root, 'metadata', 'name')) || '<name>';
  const namespace = str(get(object.root, 'metadata', 'namespace')) || defaultNamespace || '<namespace>';
  return `${name}.${namespace}.svc.cluster.local`;
}

interface Words {
  reach(address: string): string;
  targetDefaulted(port: number): string;
  target(target: number | string, protocol: string): string;
  nodePort(nodePort: number, port: number | undefined): string;
  externalNamePort(host: string, target: string, port: number): string;
  externalNameTarget(target: string): string;
  type(type: string): string;
  headless(host: string): string;
  dns(host: string): string;
}

const WORDS: Record<Language, Words> = {
  en: {
    reach: (address) => `Reached inside the cluster at ${code(address)}.`,
    targetDefaulted: (port) => `\`targetPort\` is not set, so traffic goes to container port \`${port}\`.`,
    target: (target, protocol) =>
      typeof target === 'number'
        ? `Traffic is sent to container port \`${target}\` (${text(protocol)}) of the selected pods.`
        : `Traffic is sent to the container port named ${code(target)} (${text(protocol)}) in the selected pods.`,
    nodePort: (nodePort, port) =>
      `Opened on every node: \`<node IP>:${nodePort}\`${port === undefined ? '' : ` → Service port \`${port}\``}.`,
    externalNamePort: (host, target, port) =>
      `${code(host)} is a CNAME for ${code(target)}: clients connect to ${code(`${target}:${port}`)} directly.`,
    externalNameTarget: (target) =>
      `ExternalName: no proxying, so \`targetPort\` is not used; clients connect to ${code(target)} on the port they chose.`,
    type: (type) => `This Service's type is ${code(type)}${type === 'ClusterIP' ? ' (the default)' : ''}.`,
    headless: (host) => `Headless: ${code(host)} resolves to the pods' own IPs.`,
    dns: (host) => `Cluster DNS name: ${code(host)}.`,
  },
  ko: {
    reach: (address) => `클러스터 안에서 ${code(address)}(으)로 접근합니다.`,
    targetDefaulted: (port) => `\`targetPort\`가 없으므로 트래픽은 컨테이너 포트 \`${port}\`(으)로 갑니다.`,
    target: (target, protocol) =>
      typeof target === 'number'
        ? `트래픽은 선택된 파드의 컨테이너 포트 \`${target}\`(${text(protocol)})(으)로 전달됩니다.`
        : `트래픽은 선택된 파드에서 이름이 ${code(target)}인 컨테이너 포트(${text(protocol)})로 전달됩니다.`,
    nodePort: (nodePort, port) =>
      `모든 노드에서 열립니다: \`<노드 IP>:${nodePort}\`${port === undefined ? '' : ` → 서비스 포트 \`${port}\``}.`,
    externalNamePort: (host, target, port) =>
      `${code(host)}은(는) ${code(target)}에 대한 CNAME입니다: 클라이언트는 ${code(`${target}:${port}`)}에 직접 연결합니다.`,
    externalNameTarget: (target) =>
      `ExternalName: 프록시하지 않으므로 \`targetPort\`는 쓰이지 않습니다. 클라이언트는 고른 포트로 ${code(target)}에 연결합니다.`,
    type: (type) => `이 서비스의 타입은 ${code(type)}입니다${type === 'ClusterIP' ? ' (기본값)' : ''}.`,
    headless: (host) => `헤드리스: ${code(host)}은(는) 파드 자체의 IP로 해석됩니다.`,
    dns: (host) => `클러스터 DNS 이름: ${code(host)}`,
  },
};
