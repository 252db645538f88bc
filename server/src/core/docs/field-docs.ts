import type { Localizer } from '../l10n';
import type { EnumValueKey } from '../model/enums';
import type { FieldDoc } from './doc-types';
import { ingressFieldDocsIn, ingressValueDocsIn } from './ingress-field-docs';

/** A YAML example from its lines. */
const yaml = (...lines: string[]): string => lines.join('\n');

/** The traffic path through a Service, shared by `port`, `targetPort` and `nodePort`. */
const TRAFFIC_PATH = (l10n: Localizer): string =>
  l10n.t('Traffic path: client → `<node IP>:nodePort` (NodePort and LoadBalancer only) → the Service, which in-cluster clients reach at `<cluster IP>:port` → a selected Pod at `<pod IP>:targetPort`.');

const LABEL_KEY = (l10n: Localizer): string =>
  l10n.t('key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters (letters, digits, `-`, `_`, `.`), starting and ending with a letter or digit');
const LABEL_VALUE = (l10n: Localizer): string =>
  l10n.t('value: empty, or at most 63 characters of the same kind');
const DNS_LABEL = (l10n: Localizer): string =>
  l10n.t('a DNS-1123 label: at most 63 lowercase letters, digits or `-`, starting and ending with a letter or digit');
const NOT_SPECIAL_IP = (l10n: Localizer): string =>
  l10n.t('not unspecified (`0.0.0.0`, `::`), loopback (`127.0.0.0/8`, `::1`), link-local (`169.254.0.0/16`, `fe80::/10`) or link-local multicast (`224.0.0.0/24`, `ff02::/16`)');
const APP_PROTOCOL = (l10n: Localizer): FieldDoc => ({
  summary:
    l10n.t('An optional hint naming the application protocol of this port (e.g. `http`, `kubernetes.io/h2c`), for Ingress and Gateway controllers, service meshes and load balancers that understand it.'),
  details:
    l10n.t('Unprefixed names are IANA service names such as `http` or `https`. Kubernetes defines `kubernetes.io/h2c` (HTTP/2 over cleartext), `kubernetes.io/ws` and `kubernetes.io/wss` (WebSocket); other protocols take a domain prefix such as `example.com/my-protocol`. It does not change how kube-proxy forwards traffic.'),
  constraints: [
    l10n.t('a qualified name (label-key syntax): an optional DNS-subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`'),
  ],
  example: yaml('ports:', '  - name: web', '    port: 80', '    appProtocol: http'),
});

/** One Endpoints address, for `addresses[]` and `notReadyAddresses[]`. */
function addressFields(l10n: Localizer, list: 'addresses' | 'notReadyAddresses'): Record<string, FieldDoc> {
  const which = list === 'addresses' ? l10n.t('ready backend') : l10n.t('not-ready backend');
  const at = `Endpoints:subsets[].${list}[]`;
  return {
    [`${at}.ip`]: {
      summary: l10n.t("The IP address of this {0} (a Pod, a VM or a host outside the cluster); it is reached on the subset's `ports`.", which),
      details:
        l10n.t('Only addresses are allowed here. To send a Service to a host name instead, use a Service of `type: ExternalName`.'),
      constraints: [l10n.t('an IPv4 or IPv6 address, not a host name'), NOT_SPECIAL_IP(l10n)],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7'),
    },
    [`${at}.hostname`]: {
      summary: l10n.t('An optional host name for this {0}. For a headless Service, cluster DNS publishes `<hostname>.<service>.<namespace>.svc.cluster.local` for it.', which),
      constraints: [l10n.t('{0}; no dots', DNS_LABEL(l10n))],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    hostname: db-0'),
    },
    [`${at}.nodeName`]: {
      summary: l10n.t('The optional name of the Node that hosts this {0}; it tells kube-proxy which endpoints are local to a node (e.g. for `externalTrafficPolicy: Local`).', which),
      constraints: [l10n.t('the name of a Node as `kubectl get nodes` lists it (a DNS-1123 subdomain)')],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    nodeName: worker-1'),
    },
    [`${at}.targetRef`]: {
      summary: l10n.t('An optional reference to the object behind this {0}, usually its Pod (`kind`, `name`, `namespace`, `uid`).', which),
      details: l10n.t('It is informational: traffic goes to `ip`, whatever the reference says.'),
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    targetRef:', '      kind: Pod', '      name: db-0', '      namespace: data'),
    },
  };
}

/**
 * Field docs keyed by `<Kind>:<path>` with `[]` for list items and `.` between keys, e.g.
 * `Service:spec.ports[].targetPort`, `Endpoints:subsets[].addresses[].ip`, `Service:kind`.
 */
export function fieldDocsIn(l10n: Localizer): Readonly<Record<string, FieldDoc>> {
  return {
    // ───────────────────────────── Service ─────────────────────────────
    'Service:apiVersion': {
      summary: l10n.t('The API version of the object. Service belongs to the core API group, so this is plain `v1`.'),
      constraints: [l10n.t('exactly `v1` (no group prefix)')],
      example: 'apiVersion: v1',
    },
    'Service:kind': {
      summary: l10n.t('The type of the object: `Service`, a stable name and virtual IP in front of a set of Pods.'),
      constraints: [l10n.t('exactly `Service` (case-sensitive)')],
      example: 'kind: Service',
    },
    'Service:metadata': {
      summary: l10n.t("The Service's identity: its name, namespace, labels and annotations."),
      details:
        l10n.t('The name and namespace form the DNS name clients use: `<name>.<namespace>.svc.cluster.local` (the cluster domain may differ).'),
      example: yaml('metadata:', '  name: web', '  namespace: shop', '  labels:', '    app: web'),
    },
    'Service:metadata.name': {
      summary:
        l10n.t("The Service's name, unique in its namespace. It becomes the DNS name `<name>.<namespace>.svc.cluster.local` that clients connect to."),
      details:
        l10n.t('Pods started after the Service also get environment variables named after it (`WEB_SERVICE_HOST`, `WEB_SERVICE_PORT` for `web`). A Service without a selector is paired with the Endpoints object of the same name.'),
      constraints: [
        l10n.t('required unless `generateName` is set'),
        l10n.t('a DNS-1035 label: at most 63 lowercase letters, digits or `-`, starting with a letter and ending with a letter or digit'),
      ],
      example: yaml('metadata:', '  name: web'),
    },
    'Service:metadata.namespace': {
      summary: l10n.t('The namespace the Service lives in. A Service only selects Pods of its own namespace.'),
      details: l10n.t('Pods in other namespaces reach it as `<name>.<namespace>`.'),
      defaultText: l10n.t('the namespace of the request (your kubectl context, or `-n`)'),
      constraints: [DNS_LABEL(l10n)],
      example: yaml('metadata:', '  name: web', '  namespace: shop'),
    },
    'Service:metadata.labels': {
      summary:
        l10n.t('Key/value labels that describe the Service itself, for `kubectl get -l` and tools. They do not choose the Pods: `spec.selector` does.'),
      constraints: [LABEL_KEY(l10n), LABEL_VALUE(l10n)],
      example: yaml('metadata:', '  labels:', '    app.kubernetes.io/name: web', '    tier: frontend'),
    },
    'Service:metadata.annotations': {
      summary:
        l10n.t('Non-identifying key/value data for tools and controllers, e.g. load-balancer settings read by your cloud provider.'),
      details:
        l10n.t('Load-balancer annotations (`service.beta.kubernetes.io/...` and provider-specific ones) are implementation-specific: check your provider. Values are strings, so quote numbers and booleans.'),
      constraints: [l10n.t('keys follow the label-key rules'), l10n.t('values are strings: write `"true"`, not `true`'), l10n.t('all annotations together at most 256 KiB')],
      example: yaml('metadata:', '  annotations:', '    example.com/owner: team-shop', '    example.com/internal: "true"'),
    },
    'Service:metadata.generateName': {
      summary:
        l10n.t('A name prefix: when `name` is empty, the API server appends 5 random characters to it to make a unique name.'),
      details: l10n.t('Works with `kubectl create`; `kubectl apply` needs a fixed `name`.'),
      constraints: [
        l10n.t('the generated name must be a valid Service name, so start with a lowercase letter; a trailing `-` is fine'),
        l10n.t('only the first 58 characters are used'),
      ],
      example: yaml('metadata:', '  generateName: web-'),
    },
    'Service:spec': {
      summary: l10n.t('What the Service does: which Pods it sends traffic to (`selector`), on which ports, and how it is exposed (`type`).'),
      example: yaml('spec:', '  type: ClusterIP', '  selector:', '    app: web', '  ports:', '    - port: 80', '      targetPort: 8080'),
    },
    'Service:spec.type': {
      summary:
        l10n.t('How the Service is exposed: `ClusterIP` (inside the cluster), `NodePort` (on every node), `LoadBalancer` (through an external load balancer) or `ExternalName` (a DNS alias).'),
      details:
        l10n.t('The types build on each other: a NodePort Service also has a cluster IP, and a LoadBalancer Service also has node ports (unless `allocateLoadBalancerNodePorts: false`).'),
      defaultText: l10n.t('`ClusterIP` (reachable inside the cluster only)'),
      constraints: [l10n.t('one of `ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName` (case-sensitive)')],
      example: yaml('spec:', '  type: NodePort'),
    },
    'Service:spec.selector': {
      summary:
        l10n.t('Chooses the Pods that receive the traffic: a Pod is selected when it has ALL of these labels with exactly these values.'),
      details:
        l10n.t("Only plain key/value pairs, no `matchLabels` or `matchExpressions`. Kubernetes keeps the Service's endpoints up to date with the ready Pods it selects in the same namespace. Without a selector no endpoints are created: you manage an Endpoints (or EndpointSlice) object with the Service's name yourself, e.g. for a database outside the cluster. Ignored for `ExternalName`."),
      defaultText: l10n.t('none: no Pods are selected and you provide the endpoints yourself'),
      constraints: [LABEL_KEY(l10n), LABEL_VALUE(l10n)],
      example: yaml('spec:', '  selector:', '    app: web', '    tier: frontend'),
    },
    'Service:spec.ports': {
      summary: l10n.t('The ports the Service exposes; each maps the Service `port` to a `targetPort` on the Pods.'),
      details:
        l10n.t('With several ports, every port must have a unique `name`: endpoints and DNS SRV records (`_<name>._<protocol>.<service>...`) tell them apart by name.'),
      constraints: [
        l10n.t('at least one port, unless the Service is headless (`clusterIP: None`) or `ExternalName`'),
        l10n.t('with more than one port, each needs a unique `name`'),
        l10n.t('no two ports with the same `port` and `protocol`'),
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
        l10n.t("The port's name in the Service. Required once there is more than one port, and it must equal the `name` of the matching port in the endpoints."),
      details:
        l10n.t('Names appear in DNS SRV records (`_http._tcp.web.shop.svc.cluster.local`) and Ingress or Gateway backends can refer to them. A port name may have up to 63 characters, unlike a `targetPort` name (15).'),
      constraints: [DNS_LABEL(l10n), l10n.t('unique among the ports of the Service'), l10n.t('required when the Service has more than one port')],
      example: yaml('ports:', '  - name: http', '    port: 80', '  - name: metrics', '    port: 9090'),
    },
    'Service:spec.ports[].protocol': {
      summary: l10n.t('The IP protocol of this port: `TCP`, `UDP` or `SCTP`.'),
      details:
        l10n.t('To serve one port number over both TCP and UDP (e.g. DNS on 53), list it twice with different names and protocols. Whether a LoadBalancer supports mixed protocols depends on the provider.'),
      defaultText: l10n.t('`TCP` (filled in by the API server)'),
      constraints: [l10n.t('one of `TCP`, `UDP`, `SCTP` (upper case)')],
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
    'Service:spec.ports[].appProtocol': APP_PROTOCOL(l10n),
    'Service:spec.ports[].port': {
      summary:
        l10n.t('The port the Service listens on: clients in the cluster connect to `<service name>:port` or `<cluster IP>:port`.'),
      details: l10n.t("{0} `port` is the middle step, what callers inside the cluster use; a load balancer listens on it too. It need not equal the container's port: `targetPort` points there.", TRAFFIC_PATH(l10n)),
      constraints: [l10n.t('required'), l10n.t('from 1 to 65535'), l10n.t('unique per protocol within the Service')],
      example: yaml('ports:', '  - name: http', '    port: 80', '    targetPort: 8080'),
    },
    'Service:spec.ports[].targetPort': {
      summary:
        l10n.t('The port on the selected Pods that traffic is sent to: a number, or the NAME of a container port, looked up in each Pod.'),
      details: l10n.t('{0} `targetPort` is the last step, where the application listens (its `containerPort`). A name such as `http` is resolved per Pod from `containers[].ports[].name`, so Pods may use different numbers under one name. Headless Services ignore it: leave it out or set it equal to `port`.', TRAFFIC_PATH(l10n)),
      defaultText: l10n.t('the value of `port`'),
      constraints: [
        l10n.t('a port number from 1 to 65535, or'),
        l10n.t('a container port name (IANA_SVC_NAME): at most 15 lowercase letters, digits or `-`, at least one letter, no `-` at either end and no `--`'),
        l10n.t('a quoted number such as `"8080"` is a name, not a number'),
      ],
      example: yaml('ports:', '  - name: http', '    port: 80', '    targetPort: http # the containerPort named "http"'),
    },
    'Service:spec.ports[].nodePort': {
      summary:
        l10n.t("The port opened on every node's IP for a `NodePort` or `LoadBalancer` Service. Usually leave it out and Kubernetes picks a free one."),
      details: l10n.t('{0} `nodePort` is the first step, the way in from outside the cluster; a cloud load balancer forwards to it as well. A number you choose must be free in the whole cluster.', TRAFFIC_PATH(l10n)),
      defaultText: l10n.t('allocated from the node-port range for NodePort and LoadBalancer Services'),
      constraints: [
        l10n.t('only for type `NodePort` or `LoadBalancer`'),
        l10n.t("inside the cluster's node-port range (`--service-node-port-range`), 30000-32767 by default"),
        l10n.t('used by no other Service; within one Service, only ports with the same `port` number (e.g. TCP and UDP 53) may share it'),
      ],
      example: yaml('spec:', '  type: NodePort', '  ports:', '    - port: 80', '      targetPort: 8080', '      nodePort: 30080'),
    },
    'Service:spec.clusterIP': {
      summary:
        l10n.t("The Service's virtual IP inside the cluster. Usually leave it out and one is assigned; `None` makes the Service headless."),
      details:
        l10n.t('Headless (`clusterIP: None`): no virtual IP and no proxying; cluster DNS answers the Service name with the IPs of the ready selected Pods, so clients connect to Pods directly (StatefulSets rely on this). A fixed address must be free and inside the service range (`--service-cluster-ip-range`).'),
      defaultText: l10n.t('assigned from the service IP range (none for `ExternalName`)'),
      constraints: [
        l10n.t('`None`, empty, or an IP address in the service range'),
        l10n.t('`None` is not allowed for `NodePort` or `LoadBalancer`'),
        l10n.t('not allowed for `ExternalName`'),
        l10n.t('cannot be changed after creation (except when switching to or from `ExternalName`)'),
      ],
      example: yaml('spec:', '  clusterIP: None # headless', '  selector:', '    app: db', '  ports:', '    - port: 5432'),
    },
    'Service:spec.clusterIPs': {
      summary:
        l10n.t("All of the Service's cluster IPs: one, or two (one IPv4 and one IPv6) on a dual-stack cluster. The first is always `clusterIP`."),
      details:
        l10n.t('Normally assigned according to `ipFamilyPolicy` and `ipFamilies`. Write it only to request specific addresses, and then write `clusterIP` as well with the first one.'),
      defaultText: l10n.t('`[clusterIP]` when only `clusterIP` is written; otherwise assigned'),
      constraints: [
        l10n.t('at most 2 addresses, one per IP family, in the order of `ipFamilies`'),
        l10n.t('the first must equal `clusterIP`'),
        l10n.t('`None` only as the single entry'),
        l10n.t('not allowed for `ExternalName`'),
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
        l10n.t('Extra IPs on which the nodes accept traffic for this Service, on its `port`s. Kubernetes does not manage these addresses: routing them to a node is up to you.'),
      details:
        l10n.t('Because anyone who can create a Service could capture traffic this way, many clusters forbid the field (e.g. with the `DenyServiceExternalIPs` admission plugin). Setting it makes `externalTrafficPolicy` apply.'),
      constraints: [l10n.t('IP addresses, not host names'), NOT_SPECIAL_IP(l10n)],
      example: yaml('spec:', '  externalIPs:', '    - 198.51.100.32'),
    },
    'Service:spec.sessionAffinity': {
      summary:
        l10n.t('Whether a client sticks to one Pod: `None` spreads every connection; `ClientIP` sends all connections from one client IP to the same Pod.'),
      details:
        l10n.t('With `ClientIP`, kube-proxy remembers the chosen Pod for `sessionAffinityConfig.clientIP.timeoutSeconds` (10800 s = 3 hours by default). It keys on the source IP only: clients behind one NAT or proxy all land on the same Pod.'),
      defaultText: l10n.t('`None` (no stickiness)'),
      constraints: [l10n.t('`None` or `ClientIP` (case-sensitive)')],
      example: yaml('spec:', '  sessionAffinity: ClientIP'),
    },
    'Service:spec.sessionAffinityConfig': {
      summary: l10n.t('Settings for session affinity; used only with `sessionAffinity: ClientIP`.'),
      defaultText: l10n.t('`clientIP.timeoutSeconds: 10800` when `sessionAffinity` is `ClientIP`; cleared when it is `None`'),
      constraints: [l10n.t('only with `sessionAffinity: ClientIP`')],
      example: yaml(
        'spec:',
        '  sessionAffinity: ClientIP',
        '  sessionAffinityConfig:',
        '    clientIP:',
        '      timeoutSeconds: 3600',
      ),
    },
    'Service:spec.sessionAffinityConfig.clientIP': {
      summary: l10n.t('Client-IP affinity settings: how long a client stays with the same Pod.'),
      example: yaml('sessionAffinityConfig:', '  clientIP:', '    timeoutSeconds: 3600'),
    },
    'Service:spec.sessionAffinityConfig.clientIP.timeoutSeconds': {
      summary: l10n.t('How many seconds a client IP stays bound to the same Pod (the sticky time).'),
      defaultText: l10n.t('`10800` (3 hours)'),
      constraints: [l10n.t('from 1 to 86400 (one day)')],
      example: yaml('clientIP:', '  timeoutSeconds: 3600'),
    },
    'Service:spec.loadBalancerIP': {
      summary:
        l10n.t('Deprecated since Kubernetes 1.24: asks for a specific load-balancer IP. Its meaning depends on the implementation, and many ignore it.'),
      details:
        l10n.t("Use your provider's documented annotation instead. It cannot express dual-stack, and it only matters for `type: LoadBalancer`."),
      constraints: [l10n.t('used only with type `LoadBalancer`')],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerIP: 203.0.113.10 # deprecated'),
    },
    'Service:spec.loadBalancerSourceRanges': {
      summary:
        l10n.t('The client CIDRs allowed to reach the load balancer; traffic from anywhere else is blocked, where the implementation supports it.'),
      details:
        l10n.t('Enforced by the cloud provider (firewall rules) and by kube-proxy. The annotation `service.beta.kubernetes.io/load-balancer-source-ranges` is the older form and is used only when this field is empty.'),
      constraints: [l10n.t('only for type `LoadBalancer`'), l10n.t('CIDRs such as `203.0.113.0/24` or `2001:db8::/64`')],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerSourceRanges:', '    - 203.0.113.0/24'),
    },
    'Service:spec.loadBalancerClass': {
      summary:
        l10n.t("Chooses which load-balancer implementation handles this Service; when unset, the cluster's default one (usually the cloud provider) does."),
      details:
        l10n.t('With a class set, the default cloud-provider controller leaves the Service alone and the controller that watches that class (e.g. MetalLB or an internal-VIP controller) provisions it.'),
      constraints: [
        l10n.t('only for type `LoadBalancer`'),
        l10n.t('a label-style key such as `internal-vip` or `example.com/internal-vip`; unprefixed names are reserved for end users'),
        l10n.t('cannot be changed once set'),
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerClass: example.com/internal-vip'),
    },
    'Service:spec.externalName': {
      summary:
        l10n.t('For `type: ExternalName`: the DNS name this Service is an alias for. Cluster DNS answers the Service name with a CNAME to it.'),
      details:
        l10n.t('There is no cluster IP, no proxying and no port mapping: clients connect to the external host directly, so HTTP `Host` headers and TLS certificates must fit that host. An IP address here is treated as a host name made of digits, so use a DNS name.'),
      constraints: [l10n.t('required for `ExternalName`'), l10n.t('a lowercase DNS name (DNS-1123 subdomain), at most 253 characters')],
      example: yaml('spec:', '  type: ExternalName', '  externalName: db.example.com'),
    },
    'Service:spec.externalTrafficPolicy': {
      summary:
        l10n.t('How nodes route traffic from outside (node ports, load balancer, external IPs): `Cluster` spreads it over all endpoints; `Local` only over endpoints on the receiving node.'),
      details:
        l10n.t("`Local` keeps the client's source IP and avoids a second hop, but a node without a ready local endpoint drops the traffic; a LoadBalancer probes `healthCheckNodePort` to skip such nodes. `Cluster` works from every node but may hide the client IP behind a node's."),
      defaultText: l10n.t('`Cluster` for NodePort and LoadBalancer Services (and for Services with `externalIPs`)'),
      constraints: [
        l10n.t('`Cluster` or `Local`'),
        l10n.t('only for NodePort and LoadBalancer Services, or Services with `externalIPs`'),
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  externalTrafficPolicy: Local'),
    },
    'Service:spec.internalTrafficPolicy': {
      summary:
        l10n.t("How nodes route traffic from inside the cluster to the cluster IP: `Cluster` uses all endpoints; `Local` only endpoints on the client's own node."),
      details:
        l10n.t("`Local` suits node-local agents such as a DaemonSet: a Pod's traffic stays on its node and is dropped if that node has no ready endpoint."),
      defaultText: l10n.t('`Cluster` (not set for `ExternalName`)'),
      constraints: [l10n.t('`Cluster` or `Local`')],
      example: yaml('spec:', '  internalTrafficPolicy: Local'),
    },
    'Service:spec.healthCheckNodePort': {
      summary:
        l10n.t('For a LoadBalancer with `externalTrafficPolicy: Local`: the node port where kube-proxy answers health checks, so the load balancer only uses nodes with local endpoints.'),
      details:
        l10n.t('Leave it out to have one allocated from the node-port range; set it only if your load balancer needs a fixed number.'),
      defaultText: l10n.t('allocated when `type` is `LoadBalancer` and `externalTrafficPolicy` is `Local`'),
      constraints: [
        l10n.t('only with `type: LoadBalancer` and `externalTrafficPolicy: Local`'),
        l10n.t('a free port in the node-port range (30000-32767 by default)'),
        l10n.t('cannot be changed after creation'),
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  externalTrafficPolicy: Local', '  healthCheckNodePort: 32000'),
    },
    'Service:spec.publishNotReadyAddresses': {
      summary: l10n.t('When `true`, selected Pods are published as endpoints (and in DNS) even before they are ready.'),
      details:
        l10n.t('Readiness then no longer keeps traffic away from the Pods. Meant for headless Services of StatefulSets whose members must find each other while starting, such as clustered databases.'),
      defaultText: l10n.t('`false`'),
      example: yaml('spec:', '  clusterIP: None', '  publishNotReadyAddresses: true'),
    },
    'Service:spec.ipFamilies': {
      summary:
        l10n.t("The IP families (`IPv4`, `IPv6`) of the Service's cluster IPs, in order; the first is the primary family, used for `clusterIP`."),
      details:
        l10n.t("Usually leave it out: it is filled in from `ipFamilyPolicy` and the cluster's configuration. Two entries need a dual-stack policy and a dual-stack cluster."),
      defaultText: l10n.t("the cluster's primary family (and the other one too for a dual-stack policy on a dual-stack cluster)"),
      constraints: [
        l10n.t('each `IPv4` or `IPv6`, at most once (so at most 2 entries)'),
        l10n.t('not allowed for `ExternalName`'),
        l10n.t('the first (primary) family cannot change after creation'),
      ],
      example: yaml('spec:', '  ipFamilyPolicy: PreferDualStack', '  ipFamilies:', '    - IPv6', '    - IPv4'),
    },
    'Service:spec.ipFamilyPolicy': {
      summary: l10n.t('Whether the Service gets one IP family or two: `SingleStack`, `PreferDualStack` or `RequireDualStack`.'),
      details:
        l10n.t('Dual-stack needs a cluster with both IPv4 and IPv6 service ranges. `PreferDualStack` falls back to one family elsewhere; `RequireDualStack` fails there.'),
      defaultText: l10n.t('`SingleStack` for most Services (headless Services without a selector may get a dual-stack policy)'),
      constraints: [l10n.t('`SingleStack`, `PreferDualStack` or `RequireDualStack` (case-sensitive)'), l10n.t('not allowed for `ExternalName`')],
      example: yaml('spec:', '  ipFamilyPolicy: PreferDualStack'),
    },
    'Service:spec.allocateLoadBalancerNodePorts': {
      summary:
        l10n.t('For `type: LoadBalancer`: whether node ports are allocated. Set `false` when your load balancer sends traffic straight to the Pods.'),
      details: l10n.t('Node ports you write explicitly are still allocated. Changing the type away from LoadBalancer clears the field.'),
      defaultText: l10n.t('`true` for LoadBalancer Services'),
      constraints: [l10n.t('only for type `LoadBalancer`')],
      example: yaml('spec:', '  type: LoadBalancer', '  allocateLoadBalancerNodePorts: false'),
    },
    'Service:spec.trafficDistribution': {
      summary:
        l10n.t('A hint to prefer nearby endpoints: in the same zone (`PreferSameZone`) or on the same node (`PreferSameNode`), falling back to the others when there are none.'),
      details:
        l10n.t('Best effort: kube-proxy and other implementations may follow it loosely. `PreferClose` is the older name for `PreferSameZone`. `PreferSameZone` and `PreferSameNode` need Kubernetes 1.34 or later; older API servers accept only `PreferClose`. It replaces the `service.kubernetes.io/topology-mode` annotation.'),
      defaultText: l10n.t('none: traffic spreads over all endpoints'),
      constraints: [l10n.t('`PreferClose`, `PreferSameZone` or `PreferSameNode`')],
      example: yaml('spec:', '  trafficDistribution: PreferSameZone'),
    },
    'Service:status': {
      summary:
        l10n.t('The current state of the Service, written by Kubernetes (e.g. the load balancer address). Leave it out of manifests: it is ignored on create.'),
    },
    'Service:status.loadBalancer': {
      summary: l10n.t('The state of the external load balancer, filled in by the load-balancer controller once it exists.'),
    },
    'Service:status.loadBalancer.ingress': {
      summary:
        l10n.t("The load balancer's addresses, each an `ip` or a `hostname`: what `kubectl get svc` shows as EXTERNAL-IP."),
      details:
        l10n.t('It stays empty (`<pending>`) until a load-balancer implementation provisions one; a cluster without one never fills it.'),
    },

    // ──────────────────────────── Endpoints ────────────────────────────
    'Endpoints:apiVersion': {
      summary: l10n.t('The API version of the object. Endpoints belongs to the core API group, so this is plain `v1`.'),
      constraints: [l10n.t('exactly `v1` (no group prefix)')],
      example: 'apiVersion: v1',
    },
    'Endpoints:kind': {
      summary: l10n.t('The type of the object: `Endpoints` (plural, even for one object), the list of backend addresses of a Service.'),
      details:
        l10n.t('Since Kubernetes 1.33 the Endpoints API is deprecated in favour of EndpointSlice (`discovery.k8s.io/v1`); it still works: Kubernetes mirrors the Endpoints of a Service without a selector into EndpointSlices, which kube-proxy and DNS read.'),
      constraints: [l10n.t('exactly `Endpoints` (case-sensitive)')],
      example: 'kind: Endpoints',
    },
    'Endpoints:metadata': {
      summary: l10n.t('The identity of the object. Its name and namespace are what tie it to a Service.'),
      example: yaml('metadata:', '  name: external-db', '  namespace: shop'),
    },
    'Endpoints:metadata.name': {
      summary:
        l10n.t('Must be exactly the name of the Service these endpoints belong to, in the same namespace: that name is the only link between them.'),
      details:
        l10n.t("A Service with a `selector` gets its endpoints from Kubernetes, which overwrites hand-written ones. A Service without a selector has no backends until you create an Endpoints (or EndpointSlice) object with the Service's name, e.g. to reach a database outside the cluster."),
      constraints: [
        l10n.t("equal to the Service's `metadata.name`, in the same namespace (the API server does not check this)"),
        l10n.t('a DNS-1123 subdomain: at most 253 lowercase letters, digits, `-` or `.`'),
      ],
      example: yaml('metadata:', '  name: external-db # the Service is also named external-db'),
    },
    'Endpoints:metadata.namespace': {
      summary: l10n.t('The namespace of the object; it must be the namespace of its Service.'),
      defaultText: l10n.t('the namespace of the request (your kubectl context, or `-n`)'),
      constraints: [DNS_LABEL(l10n)],
      example: yaml('metadata:', '  name: external-db', '  namespace: shop'),
    },
    'Endpoints:metadata.labels': {
      summary: l10n.t('Key/value labels that describe this object, for `kubectl get -l` and tools.'),
      constraints: [LABEL_KEY(l10n), LABEL_VALUE(l10n)],
      example: yaml('metadata:', '  labels:', '    app: external-db'),
    },
    'Endpoints:metadata.annotations': {
      summary: l10n.t('Non-identifying key/value data for tools and controllers.'),
      constraints: [l10n.t('keys follow the label-key rules'), l10n.t('values are strings: write `"true"`, not `true`'), l10n.t('all annotations together at most 256 KiB')],
      example: yaml('metadata:', '  annotations:', '    example.com/owner: team-shop'),
    },
    'Endpoints:metadata.generateName': {
      summary:
        l10n.t('A name prefix to which the API server appends 5 random characters. Rarely useful here: an Endpoints name must equal its Service name.'),
      constraints: [l10n.t('the generated name must be a valid DNS-1123 subdomain; a trailing `-` is fine')],
      example: yaml('metadata:', '  generateName: external-db-'),
    },
    'Endpoints:subsets': {
      summary:
        l10n.t("Groups of backend addresses that share the same ports; the Service's backends are all subsets together."),
      details:
        l10n.t('Every address of a subset serves every port of that subset: put backends that listen on different ports into separate subsets.'),
      constraints: [l10n.t('each subset needs at least one entry in `addresses` or `notReadyAddresses`')],
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
      summary: l10n.t('The backends that are ready to receive traffic; kube-proxy balances connections over them.'),
      example: yaml('addresses:', '  - ip: 10.0.12.7', '  - ip: 10.0.12.8'),
    },
    'Endpoints:subsets[].notReadyAddresses': {
      summary:
        l10n.t('Backends that serve the ports but are not ready yet (starting, or failing their readiness check); they get no traffic.'),
      details:
        l10n.t('With `publishNotReadyAddresses: true` on the Service, Kubernetes lists not-ready Pods under `addresses` instead.'),
      example: yaml('notReadyAddresses:', '  - ip: 10.0.12.9'),
    },
    ...addressFields(l10n, 'addresses'),
    ...addressFields(l10n, 'notReadyAddresses'),
    'Endpoints:subsets[].ports': {
      summary: l10n.t('The ports that every address of this subset serves.'),
      details:
        l10n.t("These are the ports the backends really listen on (what a Service's `targetPort` resolves to), not the Service `port`. For a Service without a selector they are used as they are."),
      example: yaml('ports:', '  - name: postgres', '    port: 5432', '    protocol: TCP'),
    },
    'Endpoints:subsets[].ports[].name': {
      summary:
        l10n.t('Must equal the `name` of the Service port it serves: that is how a Service port finds its endpoint port.'),
      details: l10n.t('Leave it empty only when the Service has a single port without a name.'),
      constraints: [DNS_LABEL(l10n), l10n.t('required when the subset has more than one port')],
      example: yaml('ports:', '  - name: http # spec.ports[].name of the Service', '    port: 8080'),
    },
    'Endpoints:subsets[].ports[].port': {
      summary: l10n.t('The port number the backends listen on. A number only: Endpoints ports cannot be names.'),
      constraints: [l10n.t('required'), l10n.t('from 1 to 65535')],
      example: yaml('ports:', '  - name: http', '    port: 8080'),
    },
    'Endpoints:subsets[].ports[].protocol': {
      summary: l10n.t('The IP protocol of this port: `TCP`, `UDP` or `SCTP`; it should match the Service port.'),
      defaultText: l10n.t('`TCP` (filled in by the API server)'),
      constraints: [l10n.t('one of `TCP`, `UDP`, `SCTP` (upper case)')],
      example: yaml('ports:', '  - name: dns', '    port: 53', '    protocol: UDP'),
    },
    'Endpoints:subsets[].ports[].appProtocol': APP_PROTOCOL(l10n),
    ...ingressFieldDocsIn(l10n),
  };
}

/** Enumeration value docs keyed by `<Kind>:<path>=<value>`: one per value of model/enums.ts, no more, no fewer. */
export function valueDocsIn(l10n: Localizer): Readonly<Record<EnumValueKey, FieldDoc>> {
  return {
    ...ingressValueDocsIn(l10n),
    'Service:spec.type=ClusterIP': {
      summary: l10n.t('Reachable only inside the cluster, at a virtual cluster IP and the DNS name of the Service. The default.'),
      details: l10n.t('For internal backends. To expose one outside, put an Ingress or Gateway in front, or use NodePort or LoadBalancer.'),
    },
    'Service:spec.type=NodePort': {
      summary:
        l10n.t("Also opens a `nodePort` (30000-32767 by default) on every node's IP: clients outside reach `<node IP>:<nodePort>`."),
      details:
        l10n.t('It keeps its cluster IP as well. Traffic path: client → `<node IP>:nodePort` → Service (`<cluster IP>:port`) → Pod `targetPort`.'),
      example: yaml('spec:', '  type: NodePort', '  ports:', '    - port: 80', '      targetPort: 8080', '      nodePort: 30080'),
    },
    'Service:spec.type=LoadBalancer': {
      summary:
        l10n.t('Builds on NodePort and asks the cloud provider (or the controller of `loadBalancerClass`) for an external load balancer in front of the nodes.'),
      details:
        l10n.t('The address appears in `status.loadBalancer.ingress` (EXTERNAL-IP). Without a load-balancer implementation it stays `<pending>`, but the node ports still work.'),
      example: yaml('spec:', '  type: LoadBalancer', '  ports:', '    - port: 443', '      targetPort: 8443'),
    },
    'Service:spec.type=ExternalName': {
      summary:
        l10n.t('A DNS alias: cluster DNS returns a CNAME to `spec.externalName`. No cluster IP, no proxying, no selector and no endpoints.'),
      details: l10n.t('Needs `externalName`, and must not set `clusterIP`, `clusterIPs`, `ipFamilies` or `ipFamilyPolicy`.'),
      example: yaml('spec:', '  type: ExternalName', '  externalName: db.example.com'),
    },
    'Service:spec.clusterIP=None': {
      summary:
        l10n.t('A headless Service: no virtual IP and no proxying. DNS answers the Service name with the IPs of the ready Pods themselves.'),
      details:
        l10n.t('Used when clients pick the Pods themselves, and by StatefulSets for stable Pod names (`<pod>.<service>.<namespace>.svc.cluster.local`). Only with type ClusterIP; `ports` may be left out.'),
      example: yaml('spec:', '  clusterIP: None', '  selector:', '    app: db'),
    },
    'Service:spec.ports[].protocol=TCP': {
      summary: l10n.t('TCP, the default: connection-oriented traffic such as HTTP, gRPC or databases.'),
    },
    'Service:spec.ports[].protocol=UDP': {
      summary: l10n.t('UDP: datagram traffic such as DNS, syslog or QUIC.'),
    },
    'Service:spec.ports[].protocol=SCTP': {
      summary: l10n.t('SCTP: message-oriented traffic (e.g. telecom signalling). Needs a network plugin that supports SCTP.'),
    },
    'Endpoints:subsets[].ports[].protocol=TCP': {
      summary: l10n.t('TCP, the default: connection-oriented traffic such as HTTP, gRPC or databases.'),
    },
    'Endpoints:subsets[].ports[].protocol=UDP': {
      summary: l10n.t('UDP: datagram traffic such as DNS, syslog or QUIC.'),
    },
    'Endpoints:subsets[].ports[].protocol=SCTP': {
      summary: l10n.t('SCTP: message-oriented traffic (e.g. telecom signalling). Needs a network plugin that supports SCTP.'),
    },
    'Service:spec.sessionAffinity=None': {
      summary: l10n.t('No stickiness, the default: each connection may go to any endpoint.'),
    },
    'Service:spec.sessionAffinity=ClientIP': {
      summary:
        l10n.t('Sends all connections from one client IP to the same Pod, for `sessionAffinityConfig.clientIP.timeoutSeconds` (default 10800 s, at most 86400).'),
      example: yaml('spec:', '  sessionAffinity: ClientIP'),
    },
    'Service:spec.externalTrafficPolicy=Cluster': {
      summary:
        l10n.t('The default: external traffic may go to endpoints on any node. Every node accepts it, but the client source IP may be replaced by a node IP.'),
    },
    'Service:spec.externalTrafficPolicy=Local': {
      summary:
        l10n.t("External traffic goes only to endpoints on the node that received it. Keeps the client's source IP; nodes without a ready local endpoint drop it."),
    },
    'Service:spec.internalTrafficPolicy=Cluster': {
      summary: l10n.t('The default: in-cluster traffic may go to endpoints on any node.'),
    },
    'Service:spec.internalTrafficPolicy=Local': {
      summary:
        l10n.t("In-cluster traffic goes only to endpoints on the client's own node, and is dropped if there is none (e.g. for DaemonSet agents)."),
    },
    'Service:spec.ipFamilyPolicy=SingleStack': {
      summary: l10n.t('One cluster IP, of the first family in `ipFamilies` (or the cluster default). The usual default.'),
    },
    'Service:spec.ipFamilyPolicy=PreferDualStack': {
      summary: l10n.t('Two cluster IPs (IPv4 and IPv6) on a dual-stack cluster, one on a single-stack cluster.'),
    },
    'Service:spec.ipFamilyPolicy=RequireDualStack': {
      summary: l10n.t('Two cluster IPs (IPv4 and IPv6); creating the Service fails if the cluster is not dual-stack.'),
    },
    'Service:spec.ipFamilies[]=IPv4': {
      summary: l10n.t('An IPv4 cluster IP from the IPv4 service range.'),
    },
    'Service:spec.ipFamilies[]=IPv6': {
      summary: l10n.t('An IPv6 cluster IP from the IPv6 service range.'),
    },
    'Service:spec.trafficDistribution=PreferClose': {
      summary: l10n.t('The older name for `PreferSameZone`: prefer endpoints in the same zone as the client. Accepted by every version that has the field.'),
    },
    'Service:spec.trafficDistribution=PreferSameZone': {
      summary:
        l10n.t("Prefer endpoints in the client's zone, falling back to other zones when there are none. Kubernetes 1.34 or later."),
    },
    'Service:spec.trafficDistribution=PreferSameNode': {
      summary:
        l10n.t("Prefer endpoints on the client's own node, then its zone, then anywhere. Kubernetes 1.34 or later."),
    },
  };
}
