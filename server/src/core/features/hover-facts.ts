import { get, str } from '../parse/located-node';
import type { K8sObject } from '../model/k8s-object';
import { serviceView } from '../model/service';
import type { PortView, ServiceView } from '../model/service';
import type { PathSegment } from '../parse/node-at';
import type { Localizer } from '../l10n';
import { mdCode as code, mdText as text } from '../text/markdown';

/**
 * What a hovered field resolves to in this manifest: the DNS name and port a `port` is reached at, the container
 * port a `targetPort` sends to, what a `nodePort` opens. Markdown sentences in the user's language, every manifest
 * string in them escaped (`mdCode`, `mdText`). An object without `metadata.namespace` is in `defaultNamespace`.
 */
export function hoverFacts(
  object: K8sObject,
  path: readonly PathSegment[],
  l10n: Localizer,
  defaultNamespace = 'default',
): string[] {
  if (object.kind !== 'Service') return [];
  const service = serviceView(object);
  const words = wordsIn(l10n);
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

/** `name.namespace.svc.cluster.local`; the namespace is `defaultNamespace` when the manifest does not say. */
export function dnsName(object: K8sObject, defaultNamespace = 'default'): string {
  const name = str(get(object.root, 'metadata', 'name')) || '<name>';
  const namespace = str(get(object.root, 'metadata', 'namespace')) || defaultNamespace;
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

function wordsIn(l10n: Localizer): Words {
  return {
    reach: (address) => l10n.t('Reached inside the cluster at {0}.', code(address)),
    targetDefaulted: (port) => l10n.t('`targetPort` is not set, so traffic goes to container port `{0}`.', port),
    target: (target, protocol) =>
      typeof target === 'number'
        ? l10n.t('Traffic is sent to container port `{0}` ({1}) of the selected pods.', target, text(protocol))
        : l10n.t('Traffic is sent to the container port named {0} ({1}) in the selected pods.', code(target), text(protocol)),
    nodePort: (nodePort, port) =>
      l10n.t('Opened on every node: `<node IP>:{0}`{1}.', nodePort, port === undefined ? '' : l10n.t(' → Service port `{0}`', port)),
    externalNamePort: (host, target, port) =>
      l10n.t('{0} is a CNAME for {1}: clients connect to {2} directly.', code(host), code(target), code(`${target}:${port}`)),
    externalNameTarget: (target) =>
      l10n.t('ExternalName: no proxying, so `targetPort` is not used; clients connect to {0} on the port they chose.', code(target)),
    type: (type) => l10n.t("This Service's type is {0}{1}.", code(type), type === 'ClusterIP' ? l10n.t(' (the default)') : ''),
    headless: (host) => l10n.t("Headless: {0} resolves to the pods' own IPs.", code(host)),
    dns: (host) => l10n.t('Cluster DNS name: {0}.', code(host)),
  };
}
