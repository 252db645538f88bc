import type { Language } from '../docs/doc-types';
import type { PreviewLabels } from './preview-model';

/** The sentences of the Service preview, in both languages. Values are plain text (no Markdown). */
export interface PreviewWords {
  readonly labels: PreviewLabels;
  readonly lensTitle: string;
  readonly notIndexed: string;
  readonly templated: string;
  readonly noService: string;
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
    readonly loadBalancerPending: string;
    loadBalancerRequested(ip: string): string;
    externalName(target: string): string;
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
    /** Said of an address whose manifest parts are not valid: why it is shown escaped and has no Copy button. */
    readonly invalid: string;
  };
  sessionAffinity(mode: string, timeoutSeconds: number): string;
  /** Shown as the namespace of an object without `metadata.namespace` (and no `kubeSvc.defaultNamespace`). */
  readonly unsetNamespace: string;
}

const EN: PreviewWords = {
  labels: {
    title: 'Service preview',
    name: 'Name',
    file: 'File',
    namespace: 'Namespace',
    type: 'Type',
    selector: 'Selector',
    noSelector: 'No selector',
    workloads: 'Workloads',
    noWorkloads: 'No workloads',
    ports: 'Ports',
    noPorts: 'No ports',
    nodePort: 'nodePort',
    addresses: 'Addresses',
    warnings: 'Warnings',
    noWarnings: 'None',
    sessionAffinity: 'Session affinity',
    copy: 'Copy',
    copied: 'Copied',
    reveal: 'Show in editor',
  },
  lensTitle: 'Preview endpoints',
  notIndexed: 'This file is not part of the workspace the language server knows (it is not a YAML file).',
  templated: 'This file is a Helm template: it is not YAML until it is rendered, so there is nothing to preview.',
  noService: 'This file holds no Kubernetes Service (apiVersion: v1, kind: Service).',
  summary: {
    clusterIP: 'Reachable inside the cluster only: at its DNS name and its cluster IP.',
    headless:
      'Headless (clusterIP: None): no virtual IP; its DNS name resolves to the IPs of the ready pods themselves.',
    headlessNotReady:
      'Headless (clusterIP: None): no virtual IP; its DNS name resolves to the IPs of the pods themselves, ready or not ' +
      '(publishNotReadyAddresses).',
    nodePort: "Reachable inside the cluster, and from outside on every node's IP at its node port.",
    loadBalancer:
      "Reachable inside the cluster, on every node's node port, and from outside through the cloud provider's load balancer.",
    externalName: (target) => `An alias: cluster DNS answers with a CNAME to ${target}; no traffic is proxied.`,
    unknownType: (type) => `Type "${type}" is not one the API server accepts (ClusterIP, NodePort, LoadBalancer, ExternalName).`,
  },
  noSelector:
    'No selector: the Service does not pick pods itself; its endpoints are the Endpoints / EndpointSlices of its name.',
  externalNameSelector: 'ExternalName: no selector is used.',
  selectsNothing: 'No workload in the workspace has these labels on its pods.',
  noWorkloadsInWorkspace: 'The workspace holds no workloads to compare the selector with.',
  manualWorkloads: 'Selector-less: no workloads are selected; see the Endpoints addresses below.',
  replicas: (kind, replicas, opaque) => {
    if (opaque) return 'pods made by an operator';
    if (kind === 'DaemonSet') return 'one pod per node';
    if (kind === 'Job' || kind === 'CronJob') return 'pods run to completion';
    if (kind === 'Pod') return '1 pod';
    if (replicas === undefined) return '1 replica (default)';
    if (replicas === 0) return '0 replicas (scaled to zero)';
    return `${replicas} replica${replicas === 1 ? '' : 's'}`;
  },
  status: {
    resolved: (targets) => `Resolved: ${targets}.`,
    undeclared: (port) =>
      `No selected container declares port ${port}; traffic is still sent there (containerPort is informational).`,
    nameNotFound: (name, declared) =>
      `No selected container declares a port named "${name}" (${declared}): this Service port gets no endpoints.`,
    protocolMismatch: (protocol, found) =>
      `The container port is declared with another protocol (${found}), not ${protocol}: this Service port gets no endpoints.`,
    noWorkloads: 'No workload in the workspace matches the selector: the container port is not known.',
    unknown: "The selected pods come from an operator; their container ports are not in the manifests.",
    noTargetPort: 'The targetPort cannot be read.',
    manual: (endpoints, ports) => `Selector-less: traffic goes to the addresses of ${endpoints} at port ${ports}.`,
    manualPortMissing: (endpoints, name) =>
      `${endpoints} has no port named "${name}" (the Service port's name): this port gets no endpoints.`,
    manualNone: 'Selector-less, and no Endpoints or EndpointSlice of its name is in the workspace: traffic goes nowhere.',
    externalName: (target) => `ExternalName: clients connect to ${target} at the port they ask for; nothing is proxied.`,
  },
  declaresNothing: 'they declare no ports',
  groups: {
    clusterDns: 'Cluster DNS',
    clusterIp: 'Cluster IP',
    nodePort: 'Node ports',
    loadBalancer: 'Load balancer',
    externalIp: 'External IPs',
    externalName: 'External name (CNAME)',
    podDns: 'Pod DNS names',
    endpoints: 'Endpoints addresses',
    ingress: 'Ingress routes',
  },
  hints: {
    clusterDns: 'From pods in the cluster. The short forms work from pods of the same namespace.',
    headlessDns: 'Headless: these names resolve to the IPs of the ready pods, not to a virtual IP.',
    headlessDnsNotReady:
      'Headless: these names resolve to the IPs of the pods, ready or not (publishNotReadyAddresses), not to a virtual IP.',
    externalNameDns: (target) => `These names resolve to a CNAME for ${target}.`,
    noNodes:
      "Node addresses are not known: list the cluster's nodes in the setting kubeSvc.nodes " +
      '(or --nodes on the command line) to see one URL per node.',
    nodePortAssigned: (range) =>
      `A port without nodePort gets one assigned by the cluster (from ${range}) when the Service is created; ` +
      'kubectl get service shows it.',
    noNodePorts: 'allocateLoadBalancerNodePorts is false: no node ports are opened unless a nodePort is written.',
    loadBalancerPending:
      'The address is assigned by the cloud provider when the Service is created (status.loadBalancer.ingress is empty here).',
    loadBalancerRequested: (ip) => `spec.loadBalancerIP asks for ${ip} (if the cloud provider supports it).`,
    externalName: (target) => `Clients that look up the Service's DNS name are sent to ${target}.`,
    noPodDns:
      'No StatefulSet governed by this Service is selected: pods get per-pod DNS names only from a StatefulSet ' +
      'whose spec.serviceName is this Service (or with hostname and subdomain set).',
    statefulSetElsewhere: (statefulSet, serviceName) =>
      `${statefulSet} sets serviceName "${serviceName}": its pods' DNS names are under that Service.`,
    noEndpoints: 'No Endpoints or EndpointSlice of this name in the workspace: the Service has no endpoints.',
    noIngressAddress:
      'A route without a host is reached at the Ingress controller\'s address (status.loadBalancer.ingress is empty here).',
  },
  notes: {
    fullName: (port) => `full name · ${port}`,
    namespaced: (port) => `from any namespace · ${port}`,
    short: (namespace, port) => `from namespace ${namespace} · ${port}`,
    port: (port) => port,
    node: (node, port) => `${node} → ${port}`,
    pod: (statefulSet, ordinal) => `${statefulSet}, pod ${ordinal}`,
    morePods: (count) => `and ${count} more`,
    endpoint: (object, portName, ready) =>
      `${object}${portName === '' ? '' : ` · ${portName}`}${ready ? '' : ' · not ready'}`,
    route: (ingress, pathType, port, problem) =>
      `${ingress}${pathType ? ` · ${pathType}` : ''} · → ${port}${problem ? ` · ${problem}` : ''}`,
    defaultRoute: (ingress, port, problem) =>
      `${ingress} · default backend (requests no rule matches) · → ${port}${problem ? ` · ${problem}` : ''}`,
    serviceMissing: 'the Service is not found',
    portMissing: (port) => `the Service has no port ${port}`,
    externalNameBackend: 'an ExternalName Service: the controller may not follow it',
    cname: 'CNAME target',
    invalid: '⚠ not a valid address, so not copyable; hidden characters are shown escaped (\\n, \\u202e)',
  },
  unsetNamespace: 'not set (where it is applied)',
  sessionAffinity: (mode, timeoutSeconds) =>
    mode === 'ClientIP'
      ? `ClientIP: requests from the same client IP go to the same pod for ${timeoutSeconds} s.`
      : mode === 'None'
        ? 'None: each connection may go to any ready pod.'
        : `${mode} (not a value the API server accepts).`,
};

const KO: PreviewWords = {
  labels: {
    title: '서비스 미리보기',
    name: '이름',
    file: '파일',
    namespace: '네임스페이스',
    type: '타입',
    selector: '셀렉터',
    noSelector: '셀렉터 없음',
    workloads: '워크로드',
    noWorkloads: '워크로드 없음',
    ports: '포트',
    noPorts: '포트 없음',
    nodePort: 'nodePort',
    addresses: '주소',
    warnings: '경고',
    noWarnings: '없음',
    sessionAffinity: '세션 어피니티',
    copy: '복사',
    copied: '복사됨',
    reveal: '편집기에서 보기',
  },
  lensTitle: '엔드포인트 미리보기',
  notIndexed: '언어 서버가 아는 작업 공간의 파일이 아닙니다(YAML 파일이 아닙니다).',
  templated: '이 파일은 Helm 템플릿입니다. 렌더링하기 전에는 YAML이 아니므로 미리 볼 것이 없습니다.',
  noService: '이 파일에는 쿠버네티스 Service(apiVersion: v1, kind: Service)가 없습니다.',
  summary: {
    clusterIP: '클러스터 안에서만 접근할 수 있습니다: DNS 이름과 클러스터 IP로.',
    headless: '헤드리스(clusterIP: None): 가상 IP가 없고, DNS 이름은 준비된 파드 자체의 IP로 해석됩니다.',
    headlessNotReady:
      '헤드리스(clusterIP: None): 가상 IP가 없고, DNS 이름은 준비 여부와 관계없이 파드 자체의 IP로 해석됩니다' +
      '(publishNotReadyAddresses).',
    nodePort: '클러스터 안에서, 그리고 밖에서는 모든 노드의 IP와 노드 포트로 접근할 수 있습니다.',
    loadBalancer: '클러스터 안에서, 모든 노드의 노드 포트로, 그리고 밖에서 클라우드 제공자의 로드 밸런서를 통해 접근할 수 있습니다.',
    externalName: (target) => `별칭: 클러스터 DNS가 ${target}(으)로의 CNAME을 돌려줍니다. 트래픽을 프록시하지 않습니다.`,
    unknownType: (type) => `타입 "${type}"은(는) API 서버가 받아들이는 값(ClusterIP, NodePort, LoadBalancer, ExternalName)이 아닙니다.`,
  },
  noSelector: '셀렉터 없음: Service가 파드를 직접 고르지 않습니다. 엔드포인트는 같은 이름의 Endpoints / EndpointSlice입니다.',
  externalNameSelector: 'ExternalName: 셀렉터를 쓰지 않습니다.',
  selectsNothing: '작업 공간의 어떤 워크로드도 파드에 이 레이블을 달지 않습니다.',
  noWorkloadsInWorkspace: '작업 공간에 셀렉터와 비교할 워크로드가 없습니다.',
  manualWorkloads: '셀렉터 없음: 선택된 워크로드가 없습니다. 아래 Endpoints 주소를 보세요.',
  replicas: (kind, replicas, opaque) => {
    if (opaque) return '오퍼레이터가 만드는 파드';
    if (kind === 'DaemonSet') return '노드마다 파드 하나';
    if (kind === 'Job' || kind === 'CronJob') return '완료될 때까지 실행되는 파드';
    if (kind === 'Pod') return '파드 1개';
    if (replicas === undefined) return '레플리카 1개(기본값)';
    if (replicas === 0) return '레플리카 0개(0으로 축소됨)';
    return `레플리카 ${replicas}개`;
  },
  status: {
    resolved: (targets) => `연결됨: ${targets}.`,
    undeclared: (port) =>
      `선택된 어떤 컨테이너도 포트 ${port}을(를) 선언하지 않지만, 트래픽은 그대로 그 포트로 갑니다(containerPort는 참고용).`,
    nameNotFound: (name, declared) =>
      `선택된 어떤 컨테이너도 "${name}"라는 이름의 포트를 선언하지 않습니다(${declared}). 이 Service 포트에는 엔드포인트가 없습니다.`,
    protocolMismatch: (protocol, found) =>
      `컨테이너 포트가 ${protocol}이(가) 아닌 다른 프로토콜(${found})로 선언되어 있습니다. 이 Service 포트에는 엔드포인트가 없습니다.`,
    noWorkloads: '작업 공간의 어떤 워크로드도 셀렉터와 맞지 않아 컨테이너 포트를 알 수 없습니다.',
    unknown: '선택된 파드는 오퍼레이터가 만듭니다. 컨테이너 포트가 매니페스트에 없습니다.',
    noTargetPort: 'targetPort를 읽을 수 없습니다.',
    manual: (endpoints, ports) => `셀렉터 없음: 트래픽은 ${endpoints}의 주소, 포트 ${ports}(으)로 갑니다.`,
    manualPortMissing: (endpoints, name) =>
      `${endpoints}에 "${name}"(Service 포트 이름)라는 포트가 없습니다. 이 포트에는 엔드포인트가 없습니다.`,
    manualNone: '셀렉터가 없고, 작업 공간에 같은 이름의 Endpoints나 EndpointSlice도 없습니다. 트래픽이 갈 곳이 없습니다.',
    externalName: (target) => `ExternalName: 클라이언트가 ${target}의 요청한 포트로 직접 연결합니다. 프록시하지 않습니다.`,
  },
  declaresNothing: '선언된 포트가 없습니다',
  groups: {
    clusterDns: '클러스터 DNS',
    clusterIp: '클러스터 IP',
    nodePort: '노드 포트',
    loadBalancer: '로드 밸런서',
    externalIp: '외부 IP',
    externalName: '외부 이름(CNAME)',
    podDns: '파드 DNS 이름',
    endpoints: 'Endpoints 주소',
    ingress: 'Ingress 경로',
  },
  hints: {
    clusterDns: '클러스터 안의 파드에서 접근합니다. 짧은 이름은 같은 네임스페이스의 파드에서만 됩니다.',
    headlessDns: '헤드리스: 이 이름들은 가상 IP가 아니라 준비된 파드의 IP로 해석됩니다.',
    headlessDnsNotReady:
      '헤드리스: 이 이름들은 가상 IP가 아니라 준비 여부와 관계없이 파드의 IP로 해석됩니다(publishNotReadyAddresses).',
    externalNameDns: (target) => `이 이름들은 ${target}에 대한 CNAME으로 해석됩니다.`,
    noNodes:
      '노드 주소를 모릅니다: 설정 kubeSvc.nodes(명령줄에서는 --nodes)에 클러스터 노드를 적으면 노드마다 URL을 보여 줍니다.',
    nodePortAssigned: (range) =>
      `nodePort가 없는 포트는 Service를 만들 때 클러스터가 (${range}에서) 할당합니다. kubectl get service로 확인하세요.`,
    noNodePorts: 'allocateLoadBalancerNodePorts가 false입니다: nodePort를 적지 않으면 노드 포트가 열리지 않습니다.',
    loadBalancerPending:
      '주소는 Service를 만들 때 클라우드 제공자가 할당합니다(여기서는 status.loadBalancer.ingress가 비어 있습니다).',
    loadBalancerRequested: (ip) => `spec.loadBalancerIP가 ${ip}을(를) 요청합니다(클라우드 제공자가 지원하는 경우).`,
    externalName: (target) => `Service의 DNS 이름을 조회한 클라이언트는 ${target}(으)로 보내집니다.`,
    noPodDns:
      '이 Service가 관리하는 StatefulSet이 선택되지 않았습니다: 파드별 DNS 이름은 spec.serviceName이 이 Service인 ' +
      'StatefulSet(또는 hostname과 subdomain을 설정한 파드)에만 생깁니다.',
    statefulSetElsewhere: (statefulSet, serviceName) =>
      `${statefulSet}의 serviceName은 "${serviceName}"입니다: 그 파드의 DNS 이름은 그 Service 아래에 있습니다.`,
    noEndpoints: '작업 공간에 이 이름의 Endpoints나 EndpointSlice가 없습니다: Service에 엔드포인트가 없습니다.',
    noIngressAddress:
      '호스트가 없는 경로는 Ingress 컨트롤러의 주소로 접근합니다(여기서는 status.loadBalancer.ingress가 비어 있습니다).',
  },
  notes: {
    fullName: (port) => `전체 이름 · ${port}`,
    namespaced: (port) => `모든 네임스페이스에서 · ${port}`,
    short: (namespace, port) => `네임스페이스 ${namespace}에서 · ${port}`,
    port: (port) => port,
    node: (node, port) => `${node} → ${port}`,
    pod: (statefulSet, ordinal) => `${statefulSet}, 파드 ${ordinal}`,
    morePods: (count) => `외 ${count}개`,
    endpoint: (object, portName, ready) =>
      `${object}${portName === '' ? '' : ` · ${portName}`}${ready ? '' : ' · 준비 안 됨'}`,
    route: (ingress, pathType, port, problem) =>
      `${ingress}${pathType ? ` · ${pathType}` : ''} · → ${port}${problem ? ` · ${problem}` : ''}`,
    defaultRoute: (ingress, port, problem) =>
      `${ingress} · 기본 백엔드(어떤 규칙에도 맞지 않는 요청) · → ${port}${problem ? ` · ${problem}` : ''}`,
    serviceMissing: 'Service를 찾을 수 없습니다',
    portMissing: (port) => `Service에 포트 ${port}이(가) 없습니다`,
    externalNameBackend: 'ExternalName Service: 컨트롤러가 따라가지 않을 수 있습니다',
    cname: 'CNAME 대상',
    invalid: '⚠ 올바른 주소가 아니어서 복사할 수 없습니다. 보이지 않는 문자는 이스케이프해서 보여 줍니다 (\\n, \\u202e)',
  },
  unsetNamespace: '지정 안 됨(적용되는 네임스페이스)',
  sessionAffinity: (mode, timeoutSeconds) =>
    mode === 'ClientIP'
      ? `ClientIP: 같은 클라이언트 IP의 요청은 ${timeoutSeconds}초 동안 같은 파드로 갑니다.`
      : mode === 'None'
        ? 'None: 연결마다 준비된 아무 파드로나 갈 수 있습니다.'
        : `${mode}(API 서버가 받아들이는 값이 아닙니다).`,
};

export const PREVIEW_WORDS: Readonly<Record<Language, PreviewWords>> = { en: EN, ko: KO };
