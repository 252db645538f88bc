import type { DocSet, FieldDoc } from './doc-types';
import type { EnumValueKey } from '../model/enums';
import { ruleAdviceIn } from './rule-advice';

/** A YAML example from its lines. */
const yaml = (...lines: string[]): string => lines.join('\n');

/** The traffic path through a Service, shared by `port`, `targetPort` and `nodePort`. */
const TRAFFIC_PATH =
  'Traffic path: client → `<node IP>:nodePort` (NodePort and LoadBalancer only) → the Service, which in-cluster ' +
  'clients reach at `<cluster IP>:port` → a selected Pod at `<pod IP>:targetPort`.';

const LABEL_KEY =
  'key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters (letters, digits, `-`, `_`, `.`), starting and ending with a letter or digit';
const LABEL_VALUE = 'value: empty, or at most 63 characters of the same kind';
const DNS_LABEL = 'a DNS-1123 label: at most 63 lowercase letters, digits or `-`, starting and ending with a letter or digit';
const NOT_SPECIAL_IP =
  'not unspecified (`0.0.0.0`, `::`), loopback (`127.0.0.0/8`, `::1`), link-local (`169.254.0.0/16`, `fe80::/10`) or link-local multicast (`224.0.0.0/24`, `ff02::/16`)';
const APP_PROTOCOL: FieldDoc = {
  summary:
    'An optional hint naming the application protocol of this port (e.g. `http`, `kubernetes.io/h2c`), for Ingress and Gateway controllers, service meshes and load balancers that understand it.',
  details:
    'Unprefixed names are IANA service names such as `http` or `https`. Kubernetes defines `kubernetes.io/h2c` (HTTP/2 over cleartext), `kubernetes.io/ws` and `kubernetes.io/wss` (WebSocket); other protocols take a domain prefix such as `example.com/my-protocol`. It does not change how kube-proxy forwards traffic.',
  constraints: [
    'a qualified name (label-key syntax): an optional DNS-subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`',
  ],
  example: yaml('ports:', '  - name: web', '    port: 80', '    appProtocol: http'),
};

/** One Endpoints address, for `addresses[]` and `notReadyAddresses[]`. */
function addressFields(list: 'addresses' | 'notReadyAddresses'): Record<string, FieldDoc> {
  const which = list === 'addresses' ? 'ready backend' : 'not-ready backend';
  const at = `Endpoints:subsets[].${list}[]`;
  return {
    [`${at}.ip`]: {
      summary: `The IP address of this ${which} (a Pod, a VM or a host outside the cluster); it is reached on the subset's \`ports\`.`,
      details:
        'Only addresses are allowed here. To send a Service to a host name instead, use a Service of `type: ExternalName`.',
      constraints: ['an IPv4 or IPv6 address, not a host name', NOT_SPECIAL_IP],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7'),
    },
    [`${at}.hostname`]: {
      summary: `An optional host name for this ${which}. For a headless Service, cluster DNS publishes \`<hostname>.<service>.<namespace>.svc.cluster.local\` for it.`,
      constraints: [`${DNS_LABEL}; no dots`],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    hostname: db-0'),
    },
    [`${at}.nodeName`]: {
      summary: `The optional name of the Node that hosts this ${which}; it tells kube-proxy which endpoints are local to a node (e.g. for \`externalTrafficPolicy: Local\`).`,
      constraints: ['the name of a Node as `kubectl get nodes` lists it (a DNS-1123 subdomain)'],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    nodeName: worker-1'),
    },
    [`${at}.targetRef`]: {
      summary: `An optional reference to the object behind this ${which}, usually its Pod (\`kind\`, \`name\`, \`namespace\`, \`uid\`).`,
      details: 'It is informational: traffic goes to `ip`, whatever the reference says.',
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    targetRef:', '      kind: Pod', '      name: db-0', '      namespace: data'),
    },
  };
}

export const DOCS_EN: DocSet = {
  fields: {
    // ───────────────────────────── Service ─────────────────────────────
    'Service:apiVersion': {
      summary: 'The API version of the object. Service belongs to the core API group, so this is plain `v1`.',
      constraints: ['exactly `v1` (no group prefix)'],
      example: 'apiVersion: v1',
    },
    'Service:kind': {
      summary: 'The type of the object: `Service`, a stable name and virtual IP in front of a set of Pods.',
      constraints: ['exactly `Service` (case-sensitive)'],
      example: 'kind: Service',
    },
    'Service:metadata': {
      summary: "The Service's identity: its name, namespace, labels and annotations.",
      details:
        'The name and namespace form the DNS name clients use: `<name>.<namespace>.svc.cluster.local` (the cluster domain may differ).',
      example: yaml('metadata:', '  name: web', '  namespace: shop', '  labels:', '    app: web'),
    },
    'Service:metadata.name': {
      summary:
        "The Service's name, unique in its namespace. It becomes the DNS name `<name>.<namespace>.svc.cluster.local` that clients connect to.",
      details:
        'Pods started after the Service also get environment variables named after it (`WEB_SERVICE_HOST`, `WEB_SERVICE_PORT` for `web`). A Service without a selector is paired with the Endpoints object of the same name.',
      constraints: [
        'required unless `generateName` is set',
        'a DNS-1035 label: at most 63 lowercase letters, digits or `-`, starting with a letter and ending with a letter or digit',
      ],
      example: yaml('metadata:', '  name: web'),
    },
    'Service:metadata.namespace': {
      summary: 'The namespace the Service lives in. A Service only selects Pods of its own namespace.',
      details: 'Pods in other namespaces reach it as `<name>.<namespace>`.',
      defaultText: 'the namespace of the request (your kubectl context, or `-n`)',
      constraints: [DNS_LABEL],
      example: yaml('metadata:', '  name: web', '  namespace: shop'),
    },
    'Service:metadata.labels': {
      summary:
        'Key/value labels that describe the Service itself, for `kubectl get -l` and tools. They do not choose the Pods: `spec.selector` does.',
      constraints: [LABEL_KEY, LABEL_VALUE],
      example: yaml('metadata:', '  labels:', '    app.kubernetes.io/name: web', '    tier: frontend'),
    },
    'Service:metadata.annotations': {
      summary:
        'Non-identifying key/value data for tools and controllers, e.g. load-balancer settings read by your cloud provider.',
      details:
        'Load-balancer annotations (`service.beta.kubernetes.io/...` and provider-specific ones) are implementation-specific: check your provider. Values are strings, so quote numbers and booleans.',
      constraints: ['keys follow the label-key rules', 'values are strings: write `"true"`, not `true`', 'all annotations together at most 256 KiB'],
      example: yaml('metadata:', '  annotations:', '    example.com/owner: team-shop', '    example.com/internal: "true"'),
    },
    'Service:metadata.generateName': {
      summary:
        'A name prefix: when `name` is empty, the API server appends 5 random characters to it to make a unique name.',
      details: 'Works with `kubectl create`; `kubectl apply` needs a fixed `name`.',
      constraints: [
        'the generated name must be a valid Service name, so start with a lowercase letter; a trailing `-` is fine',
        'only the first 58 characters are used',
      ],
      example: yaml('metadata:', '  generateName: web-'),
    },
    'Service:spec': {
      summary: 'What the Service does: which Pods it sends traffic to (`selector`), on which ports, and how it is exposed (`type`).',
      example: yaml('spec:', '  type: ClusterIP', '  selector:', '    app: web', '  ports:', '    - port: 80', '      targetPort: 8080'),
    },
    'Service:spec.type': {
      summary:
        'How the Service is exposed: `ClusterIP` (inside the cluster), `NodePort` (on every node), `LoadBalancer` (through an external load balancer) or `ExternalName` (a DNS alias).',
      details:
        'The types build on each other: a NodePort Service also has a cluster IP, and a LoadBalancer Service also has node ports (unless `allocateLoadBalancerNodePorts: false`).',
      defaultText: '`ClusterIP` (reachable inside the cluster only)',
      constraints: ['one of `ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName` (case-sensitive)'],
      example: yaml('spec:', '  type: NodePort'),
    },
    'Service:spec.selector': {
      summary:
        'Chooses the Pods that receive the traffic: a Pod is selected when it has ALL of these labels with exactly these values.',
      details:
        'Only plain key/value pairs, no `matchLabels` or `matchExpressions`. Kubernetes keeps the Service\'s endpoints up to date with the ready Pods it selects in the same namespace. Without a selector no endpoints are created: you manage an Endpoints (or EndpointSlice) object with the Service\'s name yourself, e.g. for a database outside the cluster. Ignored for `ExternalName`.',
      defaultText: 'none: no Pods are selected and you provide the endpoints yourself',
      constraints: [LABEL_KEY, LABEL_VALUE],
      example: yaml('spec:', '  selector:', '    app: web', '    tier: frontend'),
    },
    'Service:spec.ports': {
      summary: 'The ports the Service exposes; each maps the Service `port` to a `targetPort` on the Pods.',
      details:
        'With several ports, every port must have a unique `name`: endpoints and DNS SRV records (`_<name>._<protocol>.<service>...`) tell them apart by name.',
      constraints: [
        'at least one port, unless the Service is headless (`clusterIP: None`) or `ExternalName`',
        'with more than one port, each needs a unique `name`',
        'no two ports with the same `port` and `protocol`',
      ],
      example: yaml(
        'spec:',
        '  ports:',
        '    - name: http',
        '      port: 80',
        '      targetPort: 8080',
        '    - name: https',
        '      port: 443',
        '      targetPort: 8443',
      ),
    },
    'Service:spec.ports[].name': {
      summary:
        "The port's name in the Service. Required once there is more than one port, and it must equal the `name` of the matching port in the endpoints.",
      details:
        'Names appear in DNS SRV records (`_http._tcp.web.shop.svc.cluster.local`) and Ingress or Gateway backends can refer to them. A port name may have up to 63 characters, unlike a `targetPort` name (15).',
      constraints: [DNS_LABEL, 'unique among the ports of the Service', 'required when the Service has more than one port'],
      example: yaml('ports:', '  - name: http', '    port: 80', '  - name: metrics', '    port: 9090'),
    },
    'Service:spec.ports[].protocol': {
      summary: 'The IP protocol of this port: `TCP`, `UDP` or `SCTP`.',
      details:
        'To serve one port number over both TCP and UDP (e.g. DNS on 53), list it twice with different names and protocols. Whether a LoadBalancer supports mixed protocols depends on the provider.',
      defaultText: '`TCP` (filled in by the API server)',
      constraints: ['one of `TCP`, `UDP`, `SCTP` (upper case)'],
      example: yaml(
        'ports:',
        '  - name: dns-udp',
        '    port: 53',
        '    protocol: UDP',
        '  - name: dns-tcp',
        '    port: 53',
        '    protocol: TCP',
      ),
    },
    'Service:spec.ports[].appProtocol': APP_PROTOCOL,
    'Service:spec.ports[].port': {
      summary:
        'The port the Service listens on: clients in the cluster connect to `<service name>:port` or `<cluster IP>:port`.',
      details: `${TRAFFIC_PATH} \`port\` is the middle step, what callers inside the cluster use; a load balancer listens on it too. It need not equal the container's port: \`targetPort\` points there.`,
      constraints: ['required', 'from 1 to 65535', 'unique per protocol within the Service'],
      example: yaml('ports:', '  - name: http', '    port: 80', '    targetPort: 8080'),
    },
    'Service:spec.ports[].targetPort': {
      summary:
        'The port on the selected Pods that traffic is sent to: a number, or the NAME of a container port, looked up in each Pod.',
      details: `${TRAFFIC_PATH} \`targetPort\` is the last step, where the application listens (its \`containerPort\`). A name such as \`http\` is resolved per Pod from \`containers[].ports[].name\`, so Pods may use different numbers under one name. Headless Services ignore it: leave it out or set it equal to \`port\`.`,
      defaultText: 'the value of `port`',
      constraints: [
        'a port number from 1 to 65535, or',
        'a container port name (IANA_SVC_NAME): at most 15 lowercase letters, digits or `-`, at least one letter, no `-` at either end and no `--`',
        'a quoted number such as `"8080"` is a name, not a number',
      ],
      example: yaml('ports:', '  - name: http', '    port: 80', '    targetPort: http # the containerPort named "http"'),
    },
    'Service:spec.ports[].nodePort': {
      summary:
        "The port opened on every node's IP for a `NodePort` or `LoadBalancer` Service. Usually leave it out and Kubernetes picks a free one.",
      details: `${TRAFFIC_PATH} \`nodePort\` is the first step, the way in from outside the cluster; a cloud load balancer forwards to it as well. A number you choose must be free in the whole cluster.`,
      defaultText: 'allocated from the node-port range for NodePort and LoadBalancer Services',
      constraints: [
        'only for type `NodePort` or `LoadBalancer`',
        "inside the cluster's node-port range (`--service-node-port-range`), 30000-32767 by default",
        'used by no other Service; within one Service, only ports with the same `port` number (e.g. TCP and UDP 53) may share it',
      ],
      example: yaml('spec:', '  type: NodePort', '  ports:', '    - port: 80', '      targetPort: 8080', '      nodePort: 30080'),
    },
    'Service:spec.clusterIP': {
      summary:
        "The Service's virtual IP inside the cluster. Usually leave it out and one is assigned; `None` makes the Service headless.",
      details:
        'Headless (`clusterIP: None`): no virtual IP and no proxying; cluster DNS answers the Service name with the IPs of the ready selected Pods, so clients connect to Pods directly (StatefulSets rely on this). A fixed address must be free and inside the service range (`--service-cluster-ip-range`).',
      defaultText: 'assigned from the service IP range (none for `ExternalName`)',
      constraints: [
        '`None`, empty, or an IP address in the service range',
        '`None` is not allowed for `NodePort` or `LoadBalancer`',
        'not allowed for `ExternalName`',
        'cannot be changed after creation (except when switching to or from `ExternalName`)',
      ],
      example: yaml('spec:', '  clusterIP: None # headless', '  selector:', '    app: db', '  ports:', '    - port: 5432'),
    },
    'Service:spec.clusterIPs': {
      summary:
        "All of the Service's cluster IPs: one, or two (one IPv4 and one IPv6) on a dual-stack cluster. The first is always `clusterIP`.",
      details:
        'Normally assigned according to `ipFamilyPolicy` and `ipFamilies`. Write it only to request specific addresses, and then write `clusterIP` as well with the first one.',
      defaultText: '`[clusterIP]` when only `clusterIP` is written; otherwise assigned',
      constraints: [
        'at most 2 addresses, one per IP family, in the order of `ipFamilies`',
        'the first must equal `clusterIP`',
        '`None` only as the single entry',
        'not allowed for `ExternalName`',
      ],
      example: yaml(
        'spec:',
        '  ipFamilyPolicy: RequireDualStack',
        '  clusterIP: 10.96.10.20',
        '  clusterIPs:',
        '    - 10.96.10.20',
        '    - fd00:10:96::a14',
      ),
    },
    'Service:spec.externalIPs': {
      summary:
        'Extra IPs on which the nodes accept traffic for this Service, on its `port`s. Kubernetes does not manage these addresses: routing them to a node is up to you.',
      details:
        'Because anyone who can create a Service could capture traffic this way, many clusters forbid the field (e.g. with the `DenyServiceExternalIPs` admission plugin). Setting it makes `externalTrafficPolicy` apply.',
      constraints: ['IP addresses, not host names', NOT_SPECIAL_IP],
      example: yaml('spec:', '  externalIPs:', '    - 198.51.100.32'),
    },
    'Service:spec.sessionAffinity': {
      summary:
        'Whether a client sticks to one Pod: `None` spreads every connection; `ClientIP` sends all connections from one client IP to the same Pod.',
      details:
        'With `ClientIP`, kube-proxy remembers the chosen Pod for `sessionAffinityConfig.clientIP.timeoutSeconds` (10800 s = 3 hours by default). It keys on the source IP only: clients behind one NAT or proxy all land on the same Pod.',
      defaultText: '`None` (no stickiness)',
      constraints: ['`None` or `ClientIP` (case-sensitive)'],
      example: yaml('spec:', '  sessionAffinity: ClientIP'),
    },
    'Service:spec.sessionAffinityConfig': {
      summary: 'Settings for session affinity; used only with `sessionAffinity: ClientIP`.',
      defaultText: '`clientIP.timeoutSeconds: 10800` when `sessionAffinity` is `ClientIP`; cleared when it is `None`',
      constraints: ['only with `sessionAffinity: ClientIP`'],
      example: yaml(
        'spec:',
        '  sessionAffinity: ClientIP',
        '  sessionAffinityConfig:',
        '    clientIP:',
        '      timeoutSeconds: 3600',
      ),
    },
    'Service:spec.sessionAffinityConfig.clientIP': {
      summary: 'Client-IP affinity settings: how long a client stays with the same Pod.',
      example: yaml('sessionAffinityConfig:', '  clientIP:', '    timeoutSeconds: 3600'),
    },
    'Service:spec.sessionAffinityConfig.clientIP.timeoutSeconds': {
      summary: 'How many seconds a client IP stays bound to the same Pod (the sticky time).',
      defaultText: '`10800` (3 hours)',
      constraints: ['from 1 to 86400 (one day)'],
      example: yaml('clientIP:', '  timeoutSeconds: 3600'),
    },
    'Service:spec.loadBalancerIP': {
      summary:
        'Deprecated since Kubernetes 1.24: asks for a specific load-balancer IP. Its meaning depends on the implementation, and many ignore it.',
      details:
        "Use your provider's documented annotation instead. It cannot express dual-stack, and it only matters for `type: LoadBalancer`.",
      constraints: ['used only with type `LoadBalancer`'],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerIP: 203.0.113.10 # deprecated'),
    },
    'Service:spec.loadBalancerSourceRanges': {
      summary:
        'The client CIDRs allowed to reach the load balancer; traffic from anywhere else is blocked, where the implementation supports it.',
      details:
        'Enforced by the cloud provider (firewall rules) and by kube-proxy. The annotation `service.beta.kubernetes.io/load-balancer-source-ranges` is the older form and is used only when this field is empty.',
      constraints: ['only for type `LoadBalancer`', 'CIDRs such as `203.0.113.0/24` or `2001:db8::/64`'],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerSourceRanges:', '    - 203.0.113.0/24'),
    },
    'Service:spec.loadBalancerClass': {
      summary:
        "Chooses which load-balancer implementation handles this Service; when unset, the cluster's default one (usually the cloud provider) does.",
      details:
        'With a class set, the default cloud-provider controller leaves the Service alone and the controller that watches that class (e.g. MetalLB or an internal-VIP controller) provisions it.',
      constraints: [
        'only for type `LoadBalancer`',
        'a label-style key such as `internal-vip` or `example.com/internal-vip`; unprefixed names are reserved for end users',
        'cannot be changed once set',
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerClass: example.com/internal-vip'),
    },
    'Service:spec.externalName': {
      summary:
        'For `type: ExternalName`: the DNS name this Service is an alias for. Cluster DNS answers the Service name with a CNAME to it.',
      details:
        'There is no cluster IP, no proxying and no port mapping: clients connect to the external host directly, so HTTP `Host` headers and TLS certificates must fit that host. An IP address here is treated as a host name made of digits, so use a DNS name.',
      constraints: ['required for `ExternalName`', 'a lowercase DNS name (DNS-1123 subdomain), at most 253 characters'],
      example: yaml('spec:', '  type: ExternalName', '  externalName: db.example.com'),
    },
    'Service:spec.externalTrafficPolicy': {
      summary:
        'How nodes route traffic from outside (node ports, load balancer, external IPs): `Cluster` spreads it over all endpoints; `Local` only over endpoints on the receiving node.',
      details:
        "`Local` keeps the client's source IP and avoids a second hop, but a node without a ready local endpoint drops the traffic; a LoadBalancer probes `healthCheckNodePort` to skip such nodes. `Cluster` works from every node but may hide the client IP behind a node's.",
      defaultText: '`Cluster` for NodePort and LoadBalancer Services (and for Services with `externalIPs`)',
      constraints: [
        '`Cluster` or `Local`',
        'only for NodePort and LoadBalancer Services, or Services with `externalIPs`',
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  externalTrafficPolicy: Local'),
    },
    'Service:spec.internalTrafficPolicy': {
      summary:
        "How nodes route traffic from inside the cluster to the cluster IP: `Cluster` uses all endpoints; `Local` only endpoints on the client's own node.",
      details:
        "`Local` suits node-local agents such as a DaemonSet: a Pod's traffic stays on its node and is dropped if that node has no ready endpoint.",
      defaultText: '`Cluster` (not set for `ExternalName`)',
      constraints: ['`Cluster` or `Local`'],
      example: yaml('spec:', '  internalTrafficPolicy: Local'),
    },
    'Service:spec.healthCheckNodePort': {
      summary:
        'For a LoadBalancer with `externalTrafficPolicy: Local`: the node port where kube-proxy answers health checks, so the load balancer only uses nodes with local endpoints.',
      details:
        'Leave it out to have one allocated from the node-port range; set it only if your load balancer needs a fixed number.',
      defaultText: 'allocated when `type` is `LoadBalancer` and `externalTrafficPolicy` is `Local`',
      constraints: [
        'only with `type: LoadBalancer` and `externalTrafficPolicy: Local`',
        'a free port in the node-port range (30000-32767 by default)',
        'cannot be changed after creation',
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  externalTrafficPolicy: Local', '  healthCheckNodePort: 32000'),
    },
    'Service:spec.publishNotReadyAddresses': {
      summary: 'When `true`, selected Pods are published as endpoints (and in DNS) even before they are ready.',
      details:
        'Readiness then no longer keeps traffic away from the Pods. Meant for headless Services of StatefulSets whose members must find each other while starting, such as clustered databases.',
      defaultText: '`false`',
      example: yaml('spec:', '  clusterIP: None', '  publishNotReadyAddresses: true'),
    },
    'Service:spec.ipFamilies': {
      summary:
        "The IP families (`IPv4`, `IPv6`) of the Service's cluster IPs, in order; the first is the primary family, used for `clusterIP`.",
      details:
        "Usually leave it out: it is filled in from `ipFamilyPolicy` and the cluster's configuration. Two entries need a dual-stack policy and a dual-stack cluster.",
      defaultText: "the cluster's primary family (and the other one too for a dual-stack policy on a dual-stack cluster)",
      constraints: [
        'each `IPv4` or `IPv6`, at most once (so at most 2 entries)',
        'not allowed for `ExternalName`',
        'the first (primary) family cannot change after creation',
      ],
      example: yaml('spec:', '  ipFamilyPolicy: PreferDualStack', '  ipFamilies:', '    - IPv6', '    - IPv4'),
    },
    'Service:spec.ipFamilyPolicy': {
      summary: 'Whether the Service gets one IP family or two: `SingleStack`, `PreferDualStack` or `RequireDualStack`.',
      details:
        'Dual-stack needs a cluster with both IPv4 and IPv6 service ranges. `PreferDualStack` falls back to one family elsewhere; `RequireDualStack` fails there.',
      defaultText: '`SingleStack` for most Services (headless Services without a selector may get a dual-stack policy)',
      constraints: ['`SingleStack`, `PreferDualStack` or `RequireDualStack` (case-sensitive)', 'not allowed for `ExternalName`'],
      example: yaml('spec:', '  ipFamilyPolicy: PreferDualStack'),
    },
    'Service:spec.allocateLoadBalancerNodePorts': {
      summary:
        'For `type: LoadBalancer`: whether node ports are allocated. Set `false` when your load balancer sends traffic straight to the Pods.',
      details: 'Node ports you write explicitly are still allocated. Changing the type away from LoadBalancer clears the field.',
      defaultText: '`true` for LoadBalancer Services',
      constraints: ['only for type `LoadBalancer`'],
      example: yaml('spec:', '  type: LoadBalancer', '  allocateLoadBalancerNodePorts: false'),
    },
    'Service:spec.trafficDistribution': {
      summary:
        'A hint to prefer nearby endpoints: in the same zone (`PreferSameZone`) or on the same node (`PreferSameNode`), falling back to the others when there are none.',
      details:
        'Best effort: kube-proxy and other implementations may follow it loosely. `PreferClose` is the older name for `PreferSameZone`. `PreferSameZone` and `PreferSameNode` need Kubernetes 1.34 or later; older API servers accept only `PreferClose`. It replaces the `service.kubernetes.io/topology-mode` annotation.',
      defaultText: 'none: traffic spreads over all endpoints',
      constraints: ['`PreferClose`, `PreferSameZone` or `PreferSameNode`'],
      example: yaml('spec:', '  trafficDistribution: PreferSameZone'),
    },
    'Service:status': {
      summary:
        'The current state of the Service, written by Kubernetes (e.g. the load balancer address). Leave it out of manifests: it is ignored on create.',
    },
    'Service:status.loadBalancer': {
      summary: 'The state of the external load balancer, filled in by the load-balancer controller once it exists.',
    },
    'Service:status.loadBalancer.ingress': {
      summary:
        "The load balancer's addresses, each an `ip` or a `hostname`: what `kubectl get svc` shows as EXTERNAL-IP.",
      details:
        'It stays empty (`<pending>`) until a load-balancer implementation provisions one; a cluster without one never fills it.',
    },

    // ──────────────────────────── Endpoints ────────────────────────────
    'Endpoints:apiVersion': {
      summary: 'The API version of the object. Endpoints belongs to the core API group, so this is plain `v1`.',
      constraints: ['exactly `v1` (no group prefix)'],
      example: 'apiVersion: v1',
    },
    'Endpoints:kind': {
      summary: 'The type of the object: `Endpoints` (plural, even for one object), the list of backend addresses of a Service.',
      details:
        'Since Kubernetes 1.33 the Endpoints API is deprecated in favour of EndpointSlice (`discovery.k8s.io/v1`); it still works: Kubernetes mirrors the Endpoints of a Service without a selector into EndpointSlices, which kube-proxy and DNS read.',
      constraints: ['exactly `Endpoints` (case-sensitive)'],
      example: 'kind: Endpoints',
    },
    'Endpoints:metadata': {
      summary: 'The identity of the object. Its name and namespace are what tie it to a Service.',
      example: yaml('metadata:', '  name: external-db', '  namespace: shop'),
    },
    'Endpoints:metadata.name': {
      summary:
        'Must be exactly the name of the Service these endpoints belong to, in the same namespace: that name is the only link between them.',
      details:
        "A Service with a `selector` gets its endpoints from Kubernetes, which overwrites hand-written ones. A Service without a selector has no backends until you create an Endpoints (or EndpointSlice) object with the Service's name, e.g. to reach a database outside the cluster.",
      constraints: [
        "equal to the Service's `metadata.name`, in the same namespace (the API server does not check this)",
        'a DNS-1123 subdomain: at most 253 lowercase letters, digits, `-` or `.`',
      ],
      example: yaml('metadata:', '  name: external-db # the Service is also named external-db'),
    },
    'Endpoints:metadata.namespace': {
      summary: 'The namespace of the object; it must be the namespace of its Service.',
      defaultText: 'the namespace of the request (your kubectl context, or `-n`)',
      constraints: [DNS_LABEL],
      example: yaml('metadata:', '  name: external-db', '  namespace: shop'),
    },
    'Endpoints:metadata.labels': {
      summary: 'Key/value labels that describe this object, for `kubectl get -l` and tools.',
      constraints: [LABEL_KEY, LABEL_VALUE],
      example: yaml('metadata:', '  labels:', '    app: external-db'),
    },
    'Endpoints:metadata.annotations': {
      summary: 'Non-identifying key/value data for tools and controllers.',
      constraints: ['keys follow the label-key rules', 'values are strings: write `"true"`, not `true`', 'all annotations together at most 256 KiB'],
      example: yaml('metadata:', '  annotations:', '    example.com/owner: team-shop'),
    },
    'Endpoints:metadata.generateName': {
      summary:
        'A name prefix to which the API server appends 5 random characters. Rarely useful here: an Endpoints name must equal its Service name.',
      constraints: ['the generated name must be a valid DNS-1123 subdomain; a trailing `-` is fine'],
      example: yaml('metadata:', '  generateName: external-db-'),
    },
    'Endpoints:subsets': {
      summary:
        "Groups of backend addresses that share the same ports; the Service's backends are all subsets together.",
      details:
        'Every address of a subset serves every port of that subset: put backends that listen on different ports into separate subsets.',
      constraints: ['each subset needs at least one entry in `addresses` or `notReadyAddresses`'],
      example: yaml(
        'subsets:',
        '  - addresses:',
        '      - ip: 10.0.12.7',
        '      - ip: 10.0.12.8',
        '    ports:',
        '      - name: postgres',
        '        port: 5432',
      ),
    },
    'Endpoints:subsets[].addresses': {
      summary: 'The backends that are ready to receive traffic; kube-proxy balances connections over them.',
      example: yaml('addresses:', '  - ip: 10.0.12.7', '  - ip: 10.0.12.8'),
    },
    'Endpoints:subsets[].notReadyAddresses': {
      summary:
        'Backends that serve the ports but are not ready yet (starting, or failing their readiness check); they get no traffic.',
      details:
        'With `publishNotReadyAddresses: true` on the Service, Kubernetes lists not-ready Pods under `addresses` instead.',
      example: yaml('notReadyAddresses:', '  - ip: 10.0.12.9'),
    },
    ...addressFields('addresses'),
    ...addressFields('notReadyAddresses'),
    'Endpoints:subsets[].ports': {
      summary: 'The ports that every address of this subset serves.',
      details:
        "These are the ports the backends really listen on (what a Service's `targetPort` resolves to), not the Service `port`. For a Service without a selector they are used as they are.",
      example: yaml('ports:', '  - name: postgres', '    port: 5432', '    protocol: TCP'),
    },
    'Endpoints:subsets[].ports[].name': {
      summary:
        'Must equal the `name` of the Service port it serves: that is how a Service port finds its endpoint port.',
      details: 'Leave it empty only when the Service has a single port without a name.',
      constraints: [DNS_LABEL, 'required when the subset has more than one port'],
      example: yaml('ports:', '  - name: http # spec.ports[].name of the Service', '    port: 8080'),
    },
    'Endpoints:subsets[].ports[].port': {
      summary: 'The port number the backends listen on. A number only: Endpoints ports cannot be names.',
      constraints: ['required', 'from 1 to 65535'],
      example: yaml('ports:', '  - name: http', '    port: 8080'),
    },
    'Endpoints:subsets[].ports[].protocol': {
      summary: 'The IP protocol of this port: `TCP`, `UDP` or `SCTP`; it should match the Service port.',
      defaultText: '`TCP` (filled in by the API server)',
      constraints: ['one of `TCP`, `UDP`, `SCTP` (upper case)'],
      example: yaml('ports:', '  - name: dns', '    port: 53', '    protocol: UDP'),
    },
    'Endpoints:subsets[].ports[].appProtocol': APP_PROTOCOL,
  },

  /** One doc per enumeration value of model/enums.ts, no more and no fewer (the type says so). */
  values: {
    'Service:spec.type=ClusterIP': {
      summary: 'Reachable only inside the cluster, at a virtual cluster IP and the DNS name of the Service. The default.',
      details: 'For internal backends. To expose one outside, put an Ingress or Gateway in front, or use NodePort or LoadBalancer.',
    },
    'Service:spec.type=NodePort': {
      summary:
        "Also opens a `nodePort` (30000-32767 by default) on every node's IP: clients outside reach `<node IP>:<nodePort>`.",
      details:
        'It keeps its cluster IP as well. Traffic path: client → `<node IP>:nodePort` → Service (`<cluster IP>:port`) → Pod `targetPort`.',
      example: yaml('spec:', '  type: NodePort', '  ports:', '    - port: 80', '      targetPort: 8080', '      nodePort: 30080'),
    },
    'Service:spec.type=LoadBalancer': {
      summary:
        'Builds on NodePort and asks the cloud provider (or the controller of `loadBalancerClass`) for an external load balancer in front of the nodes.',
      details:
        'The address appears in `status.loadBalancer.ingress` (EXTERNAL-IP). Without a load-balancer implementation it stays `<pending>`, but the node ports still work.',
      example: yaml('spec:', '  type: LoadBalancer', '  ports:', '    - port: 443', '      targetPort: 8443'),
    },
    'Service:spec.type=ExternalName': {
      summary:
        'A DNS alias: cluster DNS returns a CNAME to `spec.externalName`. No cluster IP, no proxying, no selector and no endpoints.',
      details: 'Needs `externalName`, and must not set `clusterIP`, `clusterIPs`, `ipFamilies` or `ipFamilyPolicy`.',
      example: yaml('spec:', '  type: ExternalName', '  externalName: db.example.com'),
    },
    'Service:spec.clusterIP=None': {
      summary:
        'A headless Service: no virtual IP and no proxying. DNS answers the Service name with the IPs of the ready Pods themselves.',
      details:
        'Used when clients pick the Pods themselves, and by StatefulSets for stable Pod names (`<pod>.<service>.<namespace>.svc.cluster.local`). Only with type ClusterIP; `ports` may be left out.',
      example: yaml('spec:', '  clusterIP: None', '  selector:', '    app: db'),
    },
    'Service:spec.ports[].protocol=TCP': {
      summary: 'TCP, the default: connection-oriented traffic such as HTTP, gRPC or databases.',
    },
    'Service:spec.ports[].protocol=UDP': {
      summary: 'UDP: datagram traffic such as DNS, syslog or QUIC.',
    },
    'Service:spec.ports[].protocol=SCTP': {
      summary: 'SCTP: message-oriented traffic (e.g. telecom signalling). Needs a network plugin that supports SCTP.',
    },
    'Endpoints:subsets[].ports[].protocol=TCP': {
      summary: 'TCP, the default: connection-oriented traffic such as HTTP, gRPC or databases.',
    },
    'Endpoints:subsets[].ports[].protocol=UDP': {
      summary: 'UDP: datagram traffic such as DNS, syslog or QUIC.',
    },
    'Endpoints:subsets[].ports[].protocol=SCTP': {
      summary: 'SCTP: message-oriented traffic (e.g. telecom signalling). Needs a network plugin that supports SCTP.',
    },
    'Service:spec.sessionAffinity=None': {
      summary: 'No stickiness, the default: each connection may go to any endpoint.',
    },
    'Service:spec.sessionAffinity=ClientIP': {
      summary:
        'Sends all connections from one client IP to the same Pod, for `sessionAffinityConfig.clientIP.timeoutSeconds` (default 10800 s, at most 86400).',
      example: yaml('spec:', '  sessionAffinity: ClientIP'),
    },
    'Service:spec.externalTrafficPolicy=Cluster': {
      summary:
        'The default: external traffic may go to endpoints on any node. Every node accepts it, but the client source IP may be replaced by a node IP.',
    },
    'Service:spec.externalTrafficPolicy=Local': {
      summary:
        "External traffic goes only to endpoints on the node that received it. Keeps the client's source IP; nodes without a ready local endpoint drop it.",
    },
    'Service:spec.internalTrafficPolicy=Cluster': {
      summary: 'The default: in-cluster traffic may go to endpoints on any node.',
    },
    'Service:spec.internalTrafficPolicy=Local': {
      summary:
        "In-cluster traffic goes only to endpoints on the client's own node, and is dropped if there is none (e.g. for DaemonSet agents).",
    },
    'Service:spec.ipFamilyPolicy=SingleStack': {
      summary: 'One cluster IP, of the first family in `ipFamilies` (or the cluster default). The usual default.',
    },
    'Service:spec.ipFamilyPolicy=PreferDualStack': {
      summary: 'Two cluster IPs (IPv4 and IPv6) on a dual-stack cluster, one on a single-stack cluster.',
    },
    'Service:spec.ipFamilyPolicy=RequireDualStack': {
      summary: 'Two cluster IPs (IPv4 and IPv6); creating the Service fails if the cluster is not dual-stack.',
    },
    'Service:spec.ipFamilies[]=IPv4': {
      summary: 'An IPv4 cluster IP from the IPv4 service range.',
    },
    'Service:spec.ipFamilies[]=IPv6': {
      summary: 'An IPv6 cluster IP from the IPv6 service range.',
    },
    'Service:spec.trafficDistribution=PreferClose': {
      summary: 'The older name for `PreferSameZone`: prefer endpoints in the same zone as the client. Accepted by every version that has the field.',
    },
    'Service:spec.trafficDistribution=PreferSameZone': {
      summary:
        "Prefer endpoints in the client's zone, falling back to other zones when there are none. Kubernetes 1.34 or later.",
    },
    'Service:spec.trafficDistribution=PreferSameNode': {
      summary:
        "Prefer endpoints on the client's own node, then its zone, then anywhere. Kubernetes 1.34 or later.",
    },
  } satisfies Readonly<Record<EnumValueKey, FieldDoc>>,

  /** Object and file rules keep their advice in their folder (`rules/<id>/texts.ts`). */
  ruleAdvice: {
    'yaml-syntax':
      'Fix the YAML syntax first: indent with spaces, line up the keys of a map, and quote values that contain `: ` or start with a special character.',
    ...ruleAdviceIn('en'),
    'file-too-large':
      'Raise `kubeSvc.maxFileSize` (`maxFileSize` in `.kube-svc.json` for the command line) to check it, or split it into smaller files.',
  },


  ui: {
    default: 'Default',
    constraints: 'Constraints',
    example: 'Example',
    inThisManifest: 'In this manifest',
  },
};
