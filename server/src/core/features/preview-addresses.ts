import type { IndexedEndpointSlice, IndexedEndpoints, IndexedService } from '../index/indexed-object';
import { selectedPod } from '../index/controller-labels';
import type { IngressBackendUse, WorkspaceIndex } from '../index/workspace-index';
import type { PortView } from '../model/service';
import type { NodeAddress } from '../node-address';
import { get, int, items, str, strings } from '../parse/located-node';
import type { LNode } from '../parse/located-node';
import { resolveIngressBackend } from '../resolve/resolve-ingress-backend';
import type { ServiceResolution } from '../resolve/resolve-service';
import type { CheckSettings } from '../settings';
import type { AddressGroup, AddressKind, PreviewAddress } from './preview-model';
import { shownAddress, stateOf, validHost, validIP, validLabel, validPort, validServiceName, validUrlPath } from './preview-address-check';
import type { PreviewWords } from './preview-words';

/** Pod DNS names listed per StatefulSet before "and N more". */
const MAX_PODS = 20;

type Scheme = 'http' | 'https' | null;

/**
 * Every way the Service is reached, as the cluster would answer, from outside in: the Ingress routes that lead to
 * it, the load balancer, each node's port, external IPs, cluster DNS and the cluster IP, the CNAME of an
 * ExternalName, the pods' own names behind a headless Service, and the hand-written Endpoints of a selector-less one.
 * Every address is judged here, from its parts (see `preview-address-check`): copyable, a placeholder, or invalid.
 */
export function addressGroups(
  index: WorkspaceIndex,
  resolution: ServiceResolution,
  settings: CheckSettings,
  words: PreviewWords,
): AddressGroup[] {
  const { service } = resolution;
  const { view } = service;
  const groups: AddressGroup[] = [clusterDns(service, words)];
  const externalName = view.type === 'ExternalName';
  if (externalName) groups.push(externalNameGroup(service, words));
  if (!externalName && !view.headless) {
    const ips = view.clusterIPs.filter((ip) => ip !== '' && ip !== 'None');
    if (ips.length > 0) {
      groups.push({
        kind: 'cluster-ip',
        title: words.groups.clusterIp,
        addresses: ips.flatMap((ip) => perPort(view.ports, ip, validIP(ip), words)),
      });
    }
  }
  if (view.type === 'NodePort' || view.type === 'LoadBalancer') groups.push(nodePorts(resolution, settings, words));
  if (view.type === 'LoadBalancer') groups.push(loadBalancer(service, words));
  const externalIPs = strings(get(view.spec, 'externalIPs'));
  if (externalIPs.length > 0 && !externalName) {
    groups.push({
      kind: 'external-ip',
      title: words.groups.externalIp,
      addresses: externalIPs.flatMap((ip) =>
        view.ports.map((port) =>
          shownAddress(urlOf(schemeOf(port), ip, port.port), urlLabel(port, words), stateOf(validIP(ip) && validPort(port.port), false), words),
        ),
      ),
    });
  }
  if (view.headless && resolution.backing === 'selector') groups.push(podDns(resolution, words));
  if (resolution.backing === 'manual') groups.push(endpointAddresses(resolution, words));
  if (resolution.ingressBackends.length > 0) groups.push(ingressRoutes(index, resolution.ingressBackends, words));
  return groups.sort((a, b) => GROUP_ORDER.indexOf(a.kind) - GROUP_ORDER.indexOf(b.kind));
}

/** From outside in: what a person outside the cluster opens first, then the names pods use, then what is behind. */
const GROUP_ORDER: readonly AddressKind[] = [
  'ingress',
  'load-balancer',
  'node-port',
  'external-ip',
  'cluster-dns',
  'cluster-ip',
  'external-name',
  'pod-dns',
  'endpoints',
];

/**
 * `https` only where the manifest says the port speaks TLS: `appProtocol: https`, or a port named `https`, `https-…`
 * or `…-https`; port 443 alone says nothing about what the pod serves ({@link urlLabel} says so in words). No URL
 * scheme for UDP/SCTP.
 */
export function schemeOf(port: PortView): Scheme {
  if (port.protocol !== 'TCP') return null;
  const name = port.name.toLowerCase();
  const appProtocol = str(get(port.node, 'appProtocol'))?.toLowerCase();
  const named = name === 'https' || name.startsWith('https-') || name.endsWith('-https');
  return named || appProtocol === 'https' ? 'https' : 'http';
}

/** Port 443 with an `http://` address: the usual TLS port, which the manifest does not say is TLS. */
function tlsUnstated(port: PortView): boolean {
  return port.port === 443 && schemeOf(port) === 'http';
}

/** The note of a URL to the port: its label, and for port 443 without a TLS name that https:// may be the one. */
function urlLabel(port: PortView, words: PreviewWords): string {
  return tlsUnstated(port) ? `${portLabel(port)} · ${words.notes.tlsUsual}` : portLabel(port);
}

/** `80/TCP (http)`. */
export function portLabel(port: PortView): string {
  return `${port.port ?? '?'}/${port.protocol}${port.name === '' ? '' : ` (${port.name})`}`;
}

/** In a DNS name, the namespace of a Service without `metadata.namespace`: the one it is applied to. */
const UNSET_NAMESPACE_PLACE = '<namespace>';

/** Written and valid, or not written (the placeholder is not the manifest's mistake). */
function validNamespace(namespace: string): boolean {
  return namespace === '' || validLabel(namespace);
}

function clusterDns(service: IndexedService, words: PreviewWords): AddressGroup {
  const { view } = service;
  const namespace = service.namespace || UNSET_NAMESPACE_PLACE;
  const name = service.name || '<name>';
  const fqdn = `${name}.${namespace}.svc.cluster.local`;
  // A placeholder (no name, no namespace) is shown but not offered for copying.
  const unnamed = service.name === '' || service.namespace === '';
  const namesValid = (service.name === '' || validServiceName(service.name)) && validNamespace(service.namespace);
  const forms: [string, (port: string) => string][] = [
    [fqdn, words.notes.fullName],
    [`${name}.${namespace}`, words.notes.namespaced],
    [name, (port) => words.notes.short(namespace, port)],
  ];
  const ports = view.ports.filter((port) => port.port !== undefined);
  const addresses: PreviewAddress[] =
    ports.length === 0
      ? forms.map(([host, note]) => shownAddress(host, note('').replace(/ · $/, ''), stateOf(namesValid, unnamed), words))
      : ports.flatMap((port) =>
          forms.map(([host, note]) =>
            shownAddress(hostPort(host, port.port), note(portLabel(port)), stateOf(namesValid && validPort(port.port), unnamed), words),
          ),
        );
  const target = str(get(view.spec, 'externalName'));
  const hint =
    view.type === 'ExternalName'
      ? words.hints.externalNameDns(target || '<externalName>')
      : view.headless
        ? publishesNotReady(view.spec)
          ? words.hints.headlessDnsNotReady
          : words.hints.headlessDns
        : words.hints.clusterDns;
  return { kind: 'cluster-dns', title: words.groups.clusterDns, addresses, hint };
}

/** `spec.publishNotReadyAddresses: true`: DNS and endpoints include the pods that are not ready. */
export function publishesNotReady(spec: LNode | undefined): boolean {
  const node = get(spec, 'publishNotReadyAddresses');
  return node?.kind === 'scalar' && node.value === true;
}

function externalNameGroup(service: IndexedService, words: PreviewWords): AddressGroup {
  const target = str(get(service.view.spec, 'externalName')) ?? '';
  const known = target !== '';
  const host = known ? target : '<externalName>';
  const cname = shownAddress(host, words.notes.cname, stateOf(!known || validHost(target), !known), words);
  // A URL or a path is no DNS name: no address is made of it (no `https://[https://…]`), the hint says why.
  if (known && !validHost(target)) {
    return { kind: 'external-name', title: words.groups.externalName, addresses: [cname], hint: words.hints.externalNameInvalid };
  }
  const addresses: PreviewAddress[] = [
    cname,
    ...service.view.ports.map((port) =>
      shownAddress(
        urlOf(schemeOf(port), host, port.port),
        urlLabel(port, words),
        stateOf(port.port === undefined || validPort(port.port), !known || port.port === undefined),
        words,
      ),
    ),
  ];
  return { kind: 'external-name', title: words.groups.externalName, addresses, hint: words.hints.externalName(host) };
}

function placementOf(resolution: ServiceResolution, nodes: readonly NodeAddress[]): ((node: NodeAddress) => boolean) | undefined {
  const workloads = resolution.workloads;
  const nodeNames = workloads.flatMap((w) => {
    const spec = w.kind === 'Pod' ? get(w.object.root, 'spec') : get(w.object.root, 'spec', 'template', 'spec');
    const name = str(get(spec, 'nodeName'));
    return name ? [name] : [];
  });
  const listed = nodes.some((node) => node.pods !== undefined);
  if (nodeNames.length === 0 && !listed) return undefined;
  const runsPod = (pod: string) => workloads.some((w) => pod === w.name || pod.startsWith(`${w.name}-`));
  return (node) => nodeNames.includes(node.name) || (node.pods ?? []).some(runsPod);
}

function nodePorts(resolution: ServiceResolution, settings: CheckSettings, words: PreviewWords): AddressGroup {
  const { service } = resolution;
  const { view } = service;
  // A selector that picks no pod: no node port leads anywhere, so none is listed as an address.
  if (resolution.backing === 'selector' && resolution.workloads.length === 0) {
    return { kind: 'node-port', title: words.groups.nodePort, addresses: [], hint: words.hints.nodePortNoPods };
  }
  const local = str(get(view.spec, 'externalTrafficPolicy')) === 'Local';
  const answers = local ? placementOf(resolution, settings.nodes) : undefined;
  const allocation = get(view.spec, 'allocateLoadBalancerNodePorts');
  const allocates = !(view.type === 'LoadBalancer' && allocation?.kind === 'scalar' && allocation.value === false);
  const ports = view.ports.filter((port) => allocates || (port.nodePort !== undefined && port.nodePort !== 0));
  const nodes: readonly (NodeAddress | undefined)[] = settings.nodes.length > 0 ? settings.nodes : [undefined];
  const addresses: PreviewAddress[] = [];
  for (const port of ports) {
    const known = port.nodePort !== undefined && port.nodePort !== 0 ? port.nodePort : undefined;
    for (const node of nodes) {
      const host = node?.address ?? '<node IP>';
      const text = urlOf(schemeOf(port), host, known ?? '<nodePort>');
      const note = node ? words.notes.node(node.name, urlLabel(port, words)) : `→ ${urlLabel(port, words)}`;
      const valid = (node === undefined || validHost(node.address)) && (known === undefined || validPort(known));
      const shown = shownAddress(text, note, stateOf(valid, node === undefined || known === undefined), words);
      if (!local) {
        addresses.push(shown);
        continue;
      }
      const reach = node === undefined || answers === undefined ? 'maybe' : answers(node) ? 'answers' : 'drops';
      const localNote = `${shown.note ?? ''} · ${words.notes.localReach[reach]}`;
      addresses.push({ ...shown, note: localNote, reach, ...(reach === 'drops' ? { copyable: false } : {}) });
    }
  }
  const hints: string[] = [];
  if (local) hints.push(answers === undefined ? words.hints.localUnknown : words.hints.localKnown);
  if (!allocates) hints.push(words.hints.noNodePorts);
  if (settings.nodes.length === 0 && ports.length > 0) hints.push(words.hints.noNodes);
  if (ports.some((port) => port.nodePort === undefined || port.nodePort === 0)) {
    const { min, max } = settings.nodePortRange;
    hints.push(words.hints.nodePortAssigned(`${min}-${max}`));
  }
  return { kind: 'node-port', title: words.groups.nodePort, addresses, ...hintOf(hints) };
}

function loadBalancer(service: IndexedService, words: PreviewWords): AddressGroup {
  const { view } = service;
  const ingress = items(get(view.root, 'status', 'loadBalancer', 'ingress'))
    .map((entry) => str(get(entry, 'ip')) || str(get(entry, 'hostname')))
    .filter((host): host is string => host !== undefined && host !== '');
  const hints: string[] = [];
  let addresses: PreviewAddress[];
  if (ingress.length > 0) {
    addresses = ingress.flatMap((host) =>
      view.ports.map((port) =>
        shownAddress(urlOf(schemeOf(port), host, port.port), urlLabel(port, words), stateOf(validHost(host) && validPort(port.port), false), words),
      ),
    );
  } else {
    hints.push(words.hints.loadBalancerPending);
    addresses = view.ports.map((port) => shownAddress(urlOf(schemeOf(port), '<load balancer>', port.port), urlLabel(port, words), 'placeholder', words));
  }
  const requested = str(get(view.spec, 'loadBalancerIP'));
  if (requested) hints.push(words.hints.loadBalancerRequested(requested));
  return { kind: 'load-balancer', title: words.groups.loadBalancer, addresses, ...hintOf(hints) };
}

/** `web-0.web.default.svc.cluster.local` for each replica of a StatefulSet whose `serviceName` is this Service. */
function podDns(resolution: ServiceResolution, words: PreviewWords): AddressGroup {
  const { service } = resolution;
  const addresses: PreviewAddress[] = [];
  const hints: string[] = [];
  for (const workload of resolution.workloads) {
    if (workload.kind !== 'StatefulSet') continue;
    const governing = str(get(workload.object.root, 'spec', 'serviceName'));
    const label = `StatefulSet "${workload.name}"`;
    if (governing !== service.name) {
      if (governing) hints.push(words.hints.statefulSetElsewhere(label, governing));
      continue;
    }
    const replicas = workload.template.replicas ?? 1;
    const domain = `${service.name}.${service.namespace || UNSET_NAMESPACE_PLACE}.svc.cluster.local`;
    const domainValid = validServiceName(service.name) && validNamespace(service.namespace);
    // A selector on a controller-added label (pod-name, pod-index) picks one pod: only it is an endpoint.
    const picked = selectedPod(workload, resolution.selector);
    const ordinals = picked === undefined ? firstOrdinals(replicas) : [Number(picked.slice(workload.name.length + 1))];
    for (const ordinal of ordinals) {
      const pod = `${workload.name}-${ordinal}`;
      addresses.push(shownAddress(`${pod}.${domain}`, words.notes.pod(label, ordinal), stateOf(domainValid && validLabel(pod), service.namespace === ''), words));
    }
    if (picked === undefined && replicas > MAX_PODS) {
      const text = `${workload.name}-<${MAX_PODS}…${replicas - 1}>.${domain}`;
      const valid = domainValid && validLabel(`${workload.name}-${replicas - 1}`);
      addresses.push(shownAddress(text, words.notes.morePods(replicas - MAX_PODS), stateOf(valid, true), words));
    }
  }
  if (addresses.length === 0) hints.unshift(words.hints.noPodDns);
  return { kind: 'pod-dns', title: words.groups.podDns, addresses, ...hintOf(hints) };
}

/** 0 … min(replicas, MAX_PODS) - 1: the ordinals listed one by one. */
function firstOrdinals(replicas: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(replicas, MAX_PODS)) }, (_, ordinal) => ordinal);
}

/** The addresses × ports of the Endpoints and EndpointSlices of a selector-less Service's name. */
function endpointAddresses(resolution: ServiceResolution, words: PreviewWords): AddressGroup {
  const addresses = [
    ...resolution.endpoints.flatMap((endpoints) => endpointsAddresses(endpoints, words)),
    ...resolution.endpointSlices.flatMap((slice) => sliceAddresses(slice, words)),
  ];
  const hint = addresses.length === 0 ? words.hints.noEndpoints : undefined;
  return { kind: 'endpoints', title: words.groups.endpoints, addresses, ...hintOf(hint ? [hint] : []) };
}

function endpointsAddresses(endpoints: IndexedEndpoints, words: PreviewWords): PreviewAddress[] {
  const label = `Endpoints "${endpoints.name}"`;
  return items(get(endpoints.object.root, 'subsets')).flatMap((subset) => {
    const ports = endpointPorts(get(subset, 'ports'));
    const ready = ipsOf(get(subset, 'addresses')).map((ip) => ({ ip, ready: true }));
    const notReady = ipsOf(get(subset, 'notReadyAddresses')).map((ip) => ({ ip, ready: false }));
    return [...ready, ...notReady].flatMap(({ ip, ready }) => endpointAddressesOf(ip, validIP(ip), ports, label, ready, words));
  });
}

/** `ip:port` per port of the subset or slice (`ip` alone without ports); `hostValid` judges the address. */
function endpointAddressesOf(
  host: string,
  hostValid: boolean,
  ports: readonly { name: string; port: number | undefined }[],
  label: string,
  ready: boolean,
  words: PreviewWords,
): PreviewAddress[] {
  if (ports.length === 0) return [shownAddress(host, words.notes.endpoint(label, '', ready), stateOf(hostValid, false), words)];
  return ports.map((port) =>
    shownAddress(
      hostPort(host, port.port),
      words.notes.endpoint(label, port.name, ready),
      stateOf(hostValid && (port.port === undefined || validPort(port.port)), port.port === undefined),
      words,
    ),
  );
}

function sliceAddresses(slice: IndexedEndpointSlice, words: PreviewWords): PreviewAddress[] {
  const label = `EndpointSlice "${slice.name}"`;
  const ports = endpointPorts(get(slice.object.root, 'ports'));
  return items(get(slice.object.root, 'endpoints')).flatMap((endpoint) => {
    const readyNode = get(endpoint, 'conditions', 'ready');
    const ready = !(readyNode?.kind === 'scalar' && readyNode.value === false);
    // An FQDN slice lists host names: an address is an IP or a DNS name.
    return strings(get(endpoint, 'addresses')).flatMap((address) =>
      endpointAddressesOf(address, validHost(address), ports, label, ready, words),
    );
  });
}

function endpointPorts(node: LNode | undefined): { name: string; port: number | undefined }[] {
  return items(node).map((port) => ({ name: str(get(port, 'name')) ?? '', port: int(get(port, 'port')) }));
}

function ipsOf(node: LNode | undefined): string[] {
  return items(node)
    .map((entry) => str(get(entry, 'ip')))
    .filter((ip): ip is string => ip !== undefined && ip !== '');
}

/** `http(s)://host/path` for every Ingress path (or default backend) that names the Service; https when in `tls`. */
function ingressRoutes(index: WorkspaceIndex, uses: readonly IngressBackendUse[], words: PreviewWords): AddressGroup {
  const addresses: PreviewAddress[] = [];
  let needsAddress = false;
  for (const use of uses) {
    const { ingress, backend } = use;
    const root = ingress.object.root;
    const spec = get(root, 'spec');
    const tlsHosts = items(get(spec, 'tls')).flatMap((tls) => strings(get(tls, 'hosts')));
    const controller = items(get(root, 'status', 'loadBalancer', 'ingress'))
      .map((entry) => str(get(entry, 'ip')) || str(get(entry, 'hostname')))
      .filter((host): host is string => host !== undefined && host !== '');
    const resolution = resolveIngressBackend(index, ingress, backend);
    const problem =
      resolution.status === 'service-missing'
        ? words.notes.serviceMissing
        : resolution.status === 'port-missing'
          ? words.notes.portMissing(backendPortText(use))
          : resolution.status === 'external-name'
            ? words.notes.externalNameBackend
            : undefined;
    const label = `Ingress "${ingress.name}"`;
    const port = resolution.servicePort ? portLabel(resolution.servicePort) : backendPortText(use);
    const place = /^spec\.rules\[(\d+)\]\.http\.paths\[(\d+)\]\.backend$/.exec(backend.field);
    let host: string | undefined;
    let path = '/';
    let note: string;
    if (place) {
      const rule = items(get(spec, 'rules'))[Number(place[1])];
      const pathNode = items(get(rule, 'http', 'paths'))[Number(place[2])];
      host = str(get(rule, 'host')) || undefined;
      path = str(get(pathNode, 'path')) || '/';
      note = words.notes.route(label, str(get(pathNode, 'pathType')), port, problem);
    } else {
      note = words.notes.defaultRoute(label, port, problem);
    }
    if (!path.startsWith('/')) path = `/${path}`;
    const hosts = host ? [host] : controller.length > 0 ? controller : ['<ingress address>'];
    if (!host && controller.length === 0) needsAddress = true;
    for (const h of hosts) {
      const scheme = host && tlsHosts.some((tls) => hostMatches(tls, host)) ? 'https' : 'http';
      // `<ingress address>` is ours; a wildcard host (`*.example.com`) is valid but names no one host to open.
      const placeholder = h.startsWith('<') && !host && controller.length === 0;
      const wildcard = h.startsWith('*.') && validHost(h.slice(2));
      const valid = (placeholder || wildcard || validHost(h)) && validUrlPath(path);
      addresses.push(shownAddress(`${scheme}://${bracketed(h)}${path}`, note, stateOf(valid, placeholder || wildcard), words));
    }
  }
  return {
    kind: 'ingress',
    title: words.groups.ingress,
    addresses,
    ...hintOf(needsAddress ? [words.hints.noIngressAddress] : []),
  };
}

function backendPortText(use: IngressBackendUse): string {
  const port = use.backend.port;
  if (!port) return '?';
  return port.kind === 'name' ? port.name : String(port.number);
}

/** A `tls.hosts` entry covers a host when equal, or as `*.example.com` for one more label. */
function hostMatches(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (!pattern.startsWith('*.')) return false;
  const rest = host.slice(host.indexOf('.') + 1);
  return host.includes('.') && rest === pattern.slice(2);
}

/** `host:port` for each port; `hostValid` judges the host. */
function perPort(ports: readonly PortView[], host: string, hostValid: boolean, words: PreviewWords): PreviewAddress[] {
  return ports.map((port) =>
    shownAddress(
      hostPort(host, port.port),
      words.notes.port(portLabel(port)),
      stateOf(hostValid && (port.port === undefined || validPort(port.port)), port.port === undefined),
      words,
    ),
  );
}

function hintOf(hints: readonly string[]): { hint?: string } {
  return hints.length === 0 ? {} : { hint: hints.join(' ') };
}

/** `scheme://host:port`, leaving out a scheme's default port; `host:port` without a scheme. */
export function urlOf(scheme: Scheme, host: string, port: number | string | undefined): string {
  const portText = port === undefined ? '<port>' : String(port);
  if (scheme === null) return `${bracketed(host)}:${portText}`;
  const isDefault = (scheme === 'http' && port === 80) || (scheme === 'https' && port === 443);
  return `${scheme}://${bracketed(host)}${isDefault ? '' : `:${portText}`}`;
}

function hostPort(host: string, port: number | undefined): string {
  return `${bracketed(host)}:${port ?? '<port>'}`;
}

/** An IPv6 address goes in brackets before a port. */
function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
