import type { Localizer } from '../l10n';
import type { PreviewLabels } from './preview-model';

/** The sentences of the Service preview. Values are plain text (no Markdown). */
export interface PreviewWords {
  readonly labels: PreviewLabels;
  readonly lensTitle: string;
  readonly notIndexed: string;
  readonly templated: string;
  readonly noService: string;
  /** The API server refuses the Service: its error findings' messages. */
  refused(errors: string): string;
  readonly summary: {
    readonly clusterIP: string;
    readonly headless: string;
    /** Headless with `publishNotReadyAddresses: true`: not-ready pods are published too. */
    readonly headlessNotReady: string;
    readonly nodePort: string;
    readonly loadBalancer: string;
    externalName(target: string): string;
    unknownType(type: string): string;
  };
  readonly noSelector: string;
  readonly externalNameSelector: string;
  readonly selectsNothing: string;
  readonly noWorkloadsInWorkspace: string;
  readonly manualWorkloads: string;
  replicas(kind: string, replicas: number | undefined, opaque: boolean): string;
  /** The selector picks one pod of the workload, by a label its controller adds. */
  onlyPod(pod: string): string;
  readonly status: {
    resolved(targets: string): string;
    undeclared(port: string): string;
    nameNotFound(name: string, declared: string): string;
    protocolMismatch(protocol: string, found: string): string;
    readonly noWorkloads: string;
    readonly unknown: string;
    readonly noTargetPort: string;
    manual(endpoints: string, ports: string): string;
    manualPortMissing(endpoints: string, name: string): string;
    readonly manualNone: string;
    externalName(target: string): string;
  };
  readonly declaresNothing: string;
  readonly groups: {
    readonly clusterDns: string;
    readonly clusterIp: string;
    readonly nodePort: string;
    readonly loadBalancer: string;
    readonly externalIp: string;
    readonly externalName: string;
    readonly podDns: string;
    readonly endpoints: string;
    readonly ingress: string;
  };
  readonly hints: {
    readonly clusterDns: string;
    readonly headlessDns: string;
    readonly headlessDnsNotReady: string;
    externalNameDns(target: string): string;
    readonly noNodes: string;
    nodePortAssigned(range: string): string;
    readonly noNodePorts: string;
    readonly nodePortNoPods: string;
    readonly localUnknown: string;
    readonly localKnown: string;
    readonly loadBalancerPending: string;
    loadBalancerRequested(ip: string): string;
    externalName(target: string): string;
    readonly externalNameInvalid: string;
    readonly noPodDns: string;
    statefulSetElsewhere(statefulSet: string, serviceName: string): string;
    readonly noEndpoints: string;
    readonly noIngressAddress: string;
  };
  readonly notes: {
    fullName(port: string): string;
    namespaced(port: string): string;
    short(namespace: string, port: string): string;
    port(port: string): string;
    node(node: string, port: string): string;
    pod(statefulSet: string, ordinal: number): string;
    morePods(count: number): string;
    endpoint(object: string, portName: string, ready: boolean): string;
    route(ingress: string, pathType: string | undefined, port: string, problem: string | undefined): string;
    defaultRoute(ingress: string, port: string, problem: string | undefined): string;
    readonly serviceMissing: string;
    portMissing(port: string): string;
    readonly externalNameBackend: string;
    readonly cname: string;
    readonly localReach: { readonly answers: string; readonly drops: string; readonly maybe: string };
    /** Beside an `http://` address of port 443, which the manifest does not mark as TLS. */
    readonly tlsUsual: string;
    /** Said of an address whose manifest parts are not valid: why it is shown escaped and has no Copy button. */
    readonly invalid: string;
  };
  sessionAffinity(mode: string, timeoutSeconds: number): string;
  /** Shown as the namespace of an object without `metadata.namespace` (and no `kubeSvc.defaultNamespace`). */
  readonly unsetNamespace: string;
}

export function previewWords(l10n: Localizer): PreviewWords {
  return {
  labels: {
    title: l10n.t('Service preview'),
    name: l10n.t('Name'),
    file: l10n.t('File'),
    namespace: l10n.t('Namespace'),
    type: l10n.t('Type'),
    selector: l10n.t('Selector'),
    noSelector: l10n.t('No selector'),
    workloads: l10n.t('Workloads'),
    noWorkloads: l10n.t('No workloads'),
    ports: l10n.t('Ports'),
    noPorts: l10n.t('No ports'),
    nodePort: 'nodePort',
    addresses: l10n.t('Addresses'),
    warnings: l10n.t('Findings'),
    wouldBe: l10n.t('would be'),
    fix: l10n.t('Fix'),
    noWarnings: l10n.t('None'),
    sessionAffinity: l10n.t('Session affinity'),
    copy: l10n.t('Copy'),
    copied: l10n.t('Copied'),
    reveal: l10n.t('Show in editor'),
  },
  lensTitle: l10n.t('Preview endpoints'),
  notIndexed: l10n.t('This file is not part of the workspace the language server knows (it is not a YAML file).'),
  templated: l10n.t('This file is a Helm template: it is not YAML until it is rendered, so there is nothing to preview.'),
  noService: l10n.t('This file holds no Kubernetes Service (apiVersion: v1, kind: Service).'),
  refused: (errors) =>
    l10n.t('The API server refuses this Service: {0}. The addresses below are what it would have once accepted.', errors),
  summary: {
    clusterIP: l10n.t('Reachable inside the cluster only: at its DNS name and its cluster IP.'),
    headless:
      l10n.t('Headless (clusterIP: None): no virtual IP; its DNS name resolves to the IPs of the ready pods themselves.'),
    headlessNotReady:
      l10n.t('Headless (clusterIP: None): no virtual IP; its DNS name resolves to the IPs of the pods themselves, ready or not (publishNotReadyAddresses).'),
    nodePort: l10n.t("Reachable inside the cluster, and from outside on every node's IP at its node port."),
    loadBalancer:
      l10n.t("Reachable inside the cluster, on every node's node port, and from outside through the cloud provider's load balancer."),
    externalName: (target) => l10n.t('An alias: cluster DNS answers with a CNAME to {0}; no traffic is proxied.', target),
    unknownType: (type) => l10n.t('Type "{0}" is not one the API server accepts (ClusterIP, NodePort, LoadBalancer, ExternalName).', type),
  },
  noSelector:
    l10n.t('No selector: the Service does not pick pods itself; its endpoints are the Endpoints / EndpointSlices of its name.'),
  externalNameSelector: l10n.t('ExternalName: no selector is used.'),
  selectsNothing: l10n.t('No workload in the workspace has these labels on its pods.'),
  noWorkloadsInWorkspace: l10n.t('The workspace holds no workloads to compare the selector with.'),
  manualWorkloads: l10n.t('Selector-less: no workloads are selected; see the Endpoints addresses below.'),
  replicas: (kind, replicas, opaque) => {
    if (opaque) return l10n.t('pods made by an operator');
    if (kind === 'DaemonSet') return l10n.t('one pod per node');
    if (kind === 'Job' || kind === 'CronJob') return l10n.t('pods run to completion');
    if (kind === 'Pod') return l10n.t('1 pod');
    if (replicas === undefined) return l10n.t('1 replica (default)');
    if (replicas === 0) return l10n.t('0 replicas (scaled to zero)');
    return replicas === 1 ? l10n.t('1 replica') : l10n.t('{0} replicas', replicas);
  },
  onlyPod: (pod) => l10n.t('selects only pod {0}', pod),
  status: {
    resolved: (targets) => l10n.t('Resolved: {0}.', targets),
    undeclared: (port) =>
      l10n.t('No selected container declares port {0}; traffic is still sent there (containerPort is informational).', port),
    nameNotFound: (name, declared) =>
      l10n.t('No selected container declares a port named "{0}" ({1}): this Service port gets no endpoints.', name, declared),
    protocolMismatch: (protocol, found) =>
      l10n.t('The container port is declared with another protocol ({0}), not {1}: this Service port gets no endpoints.', found, protocol),
    noWorkloads: l10n.t('No workload in the workspace matches the selector: the container port is not known.'),
    unknown: l10n.t('The selected pods come from an operator; their container ports are not in the manifests.'),
    noTargetPort: l10n.t('The targetPort cannot be read.'),
    manual: (endpoints, ports) => l10n.t('Selector-less: traffic goes to the addresses of {0} at port {1}.', endpoints, ports),
    manualPortMissing: (endpoints, name) =>
      l10n.t('{0} has no port named "{1}" (the Service port\'s name): this port gets no endpoints.', endpoints, name),
    manualNone: l10n.t('Selector-less, and no Endpoints or EndpointSlice of its name is in the workspace: traffic goes nowhere.'),
    externalName: (target) => l10n.t('ExternalName: clients connect to {0} at the port they ask for; nothing is proxied.', target),
  },
  declaresNothing: l10n.t('they declare no ports'),
  groups: {
    clusterDns: l10n.t('Cluster DNS'),
    clusterIp: l10n.t('Cluster IP'),
    nodePort: l10n.t('Node ports'),
    loadBalancer: l10n.t('Load balancer'),
    externalIp: l10n.t('External IPs'),
    externalName: l10n.t('External name (CNAME)'),
    podDns: l10n.t('Pod DNS names'),
    endpoints: l10n.t('Endpoints addresses'),
    ingress: l10n.t('Ingress routes'),
  },
  hints: {
    clusterDns: l10n.t('From pods in the cluster. The short forms work from pods of the same namespace.'),
    headlessDns: l10n.t('Headless: these names resolve to the IPs of the ready pods, not to a virtual IP.'),
    headlessDnsNotReady:
      l10n.t('Headless: these names resolve to the IPs of the pods, ready or not (publishNotReadyAddresses), not to a virtual IP.'),
    externalNameDns: (target) => l10n.t('These names resolve to a CNAME for {0}.', target),
    noNodes:
      l10n.t("Node addresses are not known: list the cluster's nodes in the setting kubeSvc.nodes (or --nodes on the command line) to see one URL per node."),
    nodePortAssigned: (range) =>
      l10n.t('A port without nodePort gets one assigned by the cluster (from {0}) when the Service is created; kubectl get service shows it.', range),
    nodePortNoPods:
      l10n.t('No pod is selected (no workload in the workspace has the selector\'s labels): a node port would lead nowhere, so no node URL is listed.'),
    localUnknown:
      l10n.t('externalTrafficPolicy: Local: only the nodes that run one of its pods answer (the client IP is kept); which depends on where the pods run.'),
    localKnown:
      l10n.t('externalTrafficPolicy: Local: only the nodes that run a ready pod of the Service answer (the client IP is kept); the others drop the traffic.'),
    noNodePorts: l10n.t('allocateLoadBalancerNodePorts is false: no node ports are opened unless a nodePort is written.'),
    loadBalancerPending:
      l10n.t('The address is assigned by the cloud provider when the Service is created (status.loadBalancer.ingress is empty here).'),
    loadBalancerRequested: (ip) => l10n.t('spec.loadBalancerIP asks for {0} (if the cloud provider supports it).', ip),
    externalNameInvalid:
      l10n.t('The externalName is not a valid DNS name (a URL, a path or a port is not allowed): no address can be made of it.'),
    externalName: (target) => l10n.t("Clients that look up the Service's DNS name are sent to {0}.", target),
    noPodDns:
      l10n.t('No StatefulSet governed by this Service is selected: pods get per-pod DNS names only from a StatefulSet whose spec.serviceName is this Service (or with hostname and subdomain set).'),
    statefulSetElsewhere: (statefulSet, serviceName) =>
      l10n.t('{0} sets serviceName "{1}": its pods\' DNS names are under that Service.', statefulSet, serviceName),
    noEndpoints: l10n.t('No Endpoints or EndpointSlice of this name in the workspace: the Service has no endpoints.'),
    noIngressAddress:
      l10n.t("A route without a host is reached at the Ingress controller's address (status.loadBalancer.ingress is empty here)."),
  },
  notes: {
    fullName: (port) => l10n.t('full name · {0}', port),
    namespaced: (port) => l10n.t('from any namespace · {0}', port),
    short: (namespace, port) => l10n.t('from namespace {0} · {1}', namespace, port),
    port: (port) => port,
    node: (node, port) => `${node} → ${port}`,
    pod: (statefulSet, ordinal) => l10n.t('{0}, pod {1}', statefulSet, ordinal),
    morePods: (count) => l10n.t('and {0} more', count),
    endpoint: (object, portName, ready) =>
      `${object}${portName === '' ? '' : ` · ${portName}`}${ready ? '' : l10n.t(' · not ready')}`,
    route: (ingress, pathType, port, problem) =>
      `${ingress}${pathType ? ` · ${pathType}` : ''} · → ${port}${problem ? ` · ${problem}` : ''}`,
    defaultRoute: (ingress, port, problem) =>
      l10n.t('{0} · default backend (requests no rule matches) · → {1}{2}', ingress, port, problem ? ` · ${problem}` : ''),
    serviceMissing: l10n.t('the Service is not found'),
    portMissing: (port) => l10n.t('the Service has no port {0}', port),
    externalNameBackend: l10n.t('an ExternalName Service: the controller may not follow it'),
    cname: l10n.t('CNAME target'),
    localReach: {
      answers: l10n.t('answers: runs a pod of the Service'),
      drops: l10n.t('drops the traffic: runs no pod of the Service'),
      maybe: l10n.t('answers only if it runs a ready pod'),
    },
    tlsUsual: l10n.t('port 443 is usually TLS: https:// if the pod serves TLS'),
    invalid: l10n.t('⚠ not a valid address, so not copyable; hidden characters are shown escaped (\\n, \\u202e)'),
  },
  unsetNamespace: l10n.t('not set (where it is applied)'),
  sessionAffinity: (mode, timeoutSeconds) =>
    mode === 'ClientIP'
      ? l10n.t('ClientIP: requests from the same client IP go to the same pod for {0} s.', timeoutSeconds)
      : mode === 'None'
        ? l10n.t('None: each connection may go to any ready pod.')
        : l10n.t('{0} (not a value the API server accepts).', mode),
};
}
