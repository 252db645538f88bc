import type { Localizer } from '../l10n';
import type { EnumValueKey } from '../model/enums';
import type { FieldDoc } from './doc-types';

/** A YAML example from its lines. */
const yaml = (...lines: string[]): string => lines.join('\n');

const DNS_SUBDOMAIN = (l10n: Localizer): string =>
  l10n.t('a DNS-1123 subdomain: at most 253 lowercase letters, digits, `-` or `.`, starting and ending with a letter or digit');

/** An Ingress backend, for `spec.defaultBackend` and `spec.rules[].http.paths[].backend`; `at` is its doc path. */
function backendFields(l10n: Localizer, at: string, example: (...lines: string[]) => string): Record<string, FieldDoc> {
  return {
    [at]: {
      summary: l10n.t('Where the matching requests go: a Service (`service`) or, rarely, another object of the namespace (`resource`).'),
      constraints: [l10n.t('exactly one of `service` and `resource`')],
      example: example('service:', '  name: web', '  port:', '    number: 80'),
    },
    [`${at}.service`]: {
      summary: l10n.t("The Service that receives the requests, by name and port. It must be in the Ingress's namespace."),
      example: example('service:', '  name: web', '  port:', '    name: http'),
    },
    [`${at}.service.name`]: {
      summary: l10n.t('The `metadata.name` of the Service, in the same namespace as the Ingress.'),
      details: l10n.t('The controller sends the requests to the endpoints of this Service; while it does not exist, they fail (usually with 503).'),
      constraints: [l10n.t('required'), l10n.t('a DNS-1035 label: at most 63 lowercase letters, digits or `-`, starting with a letter and ending with a letter or digit')],
      example: example('service:', '  name: web'),
    },
    [`${at}.service.port`]: {
      summary: l10n.t("The Service's port to send to: its `number` or its `name`. It is the Service's `port`, not the container's `targetPort`."),
      constraints: [l10n.t('required, with exactly one of `number` and `name`')],
      example: example('service:', '  name: web', '  port:', '    number: 80'),
    },
    [`${at}.service.port.number`]: {
      summary: l10n.t('The number of a port of the Service (`spec.ports[].port`).'),
      constraints: [l10n.t('from 1 to 65535'), l10n.t('not together with `name`')],
      example: example('service:', '  name: web', '  port:', '    number: 80'),
    },
    [`${at}.service.port.name`]: {
      summary: l10n.t('The name of a port of the Service (`spec.ports[].name`): it keeps working when the port number changes.'),
      constraints: [l10n.t('an IANA_SVC_NAME: at most 15 lowercase letters, digits or `-`, at least one letter, no `-` at either end and no `--`'), l10n.t('not together with `number`')],
      example: example('service:', '  name: web', '  port:', '    name: http'),
    },
    [`${at}.resource`]: {
      summary: l10n.t("Another object of the Ingress's namespace to send the requests to (`apiGroup`, `kind`, `name`), e.g. a controller's storage bucket for static files."),
      details: l10n.t('Only some controllers support it; most backends are Services.'),
      constraints: [l10n.t('not together with `service`')],
      example: example('resource:', '  apiGroup: k8s.example.com', '  kind: StorageBucket', '  name: static-assets'),
    },
  };
}

/** `example` indented under a `backend:` of a path, or under `defaultBackend:`. */
const under = (parent: string) => (...lines: string[]): string => yaml(`${parent}:`, ...lines.map((l) => `  ${l}`));

/** networking.k8s.io/v1 Ingress field docs, keyed as the Service's: `Ingress:spec.rules[].http.paths[].pathType`. */
export function ingressFieldDocsIn(l10n: Localizer): Readonly<Record<string, FieldDoc>> {
  const paths = 'Ingress:spec.rules[].http.paths[]';
  return {
    'Ingress:apiVersion': {
      summary: l10n.t('The API version of the object. Ingress is served as `networking.k8s.io/v1`; `extensions/v1beta1` and `networking.k8s.io/v1beta1` were removed in Kubernetes 1.22.'),
      constraints: [l10n.t('exactly `networking.k8s.io/v1`')],
      example: 'apiVersion: networking.k8s.io/v1',
    },
    'Ingress:kind': {
      summary: l10n.t('The type of the object: `Ingress`, HTTP(S) routing from outside the cluster to Services, by host and path.'),
      details: l10n.t('An Ingress does nothing by itself: an Ingress controller (ingress-nginx, Traefik, a cloud load balancer…) must run in the cluster and serve it.'),
      constraints: [l10n.t('exactly `Ingress` (case-sensitive)')],
      example: 'kind: Ingress',
    },
    'Ingress:metadata': {
      summary: l10n.t("The Ingress's identity: its name, namespace, labels and annotations."),
      example: yaml('metadata:', '  name: shop', '  namespace: shop'),
    },
    'Ingress:metadata.name': {
      summary: l10n.t("The Ingress's name, unique in its namespace."),
      constraints: [l10n.t('required unless `generateName` is set'), DNS_SUBDOMAIN(l10n)],
      example: yaml('metadata:', '  name: shop'),
    },
    'Ingress:metadata.namespace': {
      summary: l10n.t('The namespace the Ingress lives in. Its backends are Services of this namespace only.'),
      defaultText: l10n.t('the namespace of the request (your kubectl context, or `-n`)'),
      example: yaml('metadata:', '  name: shop', '  namespace: shop'),
    },
    'Ingress:metadata.labels': {
      summary: l10n.t('Key/value labels that describe the Ingress itself, for `kubectl get -l` and tools.'),
      example: yaml('metadata:', '  labels:', '    app.kubernetes.io/name: shop'),
    },
    'Ingress:metadata.annotations': {
      summary: l10n.t("Key/value settings for the Ingress controller, named with the controller's prefix, e.g. `nginx.ingress.kubernetes.io/rewrite-target`."),
      details: l10n.t('Each controller reads only its own annotations: check its documentation. The `kubernetes.io/ingress.class` annotation is deprecated: use `spec.ingressClassName`. Values are strings, so quote numbers and booleans.'),
      example: yaml('metadata:', '  annotations:', '    nginx.ingress.kubernetes.io/ssl-redirect: "true"'),
    },
    'Ingress:metadata.generateName': {
      summary: l10n.t('A name prefix: when `name` is empty, the API server appends 5 random characters to it to make a unique name.'),
      details: l10n.t('Works with `kubectl create`; `kubectl apply` needs a fixed `name`.'),
      example: yaml('metadata:', '  generateName: shop-'),
    },
    'Ingress:spec': {
      summary: l10n.t('What the Ingress routes: its rules (host and path → backend), a default backend, TLS, and which controller serves it.'),
      constraints: [l10n.t('at least one of `rules` and `defaultBackend`')],
      example: yaml('spec:', '  ingressClassName: nginx', '  rules:', '    - host: shop.example.com', '      http:', '        paths:', '          - path: /', '            pathType: Prefix', '            backend:', '              service:', '                name: web', '                port:', '                  number: 80'),
    },
    'Ingress:spec.ingressClassName': {
      summary: l10n.t('The name of the IngressClass, hence the controller, that serves this Ingress (`kubectl get ingressclass`).'),
      details: l10n.t('Left out, the IngressClass marked `ingressclass.kubernetes.io/is-default-class: "true"` is filled in, if the cluster has one; otherwise controllers may ignore the Ingress.'),
      constraints: [DNS_SUBDOMAIN(l10n), l10n.t('equal to the `kubernetes.io/ingress.class` annotation when both are set')],
      example: yaml('spec:', '  ingressClassName: nginx'),
    },
    ...backendFields(l10n, 'Ingress:spec.defaultBackend', under('defaultBackend')),
    'Ingress:spec.tls': {
      summary: l10n.t('TLS for some hosts: the controller terminates HTTPS for `hosts` with the certificate of `secretName`.'),
      details: l10n.t('Only port 443 is served as TLS. The hosts should match the hosts of `rules`.'),
      example: yaml('spec:', '  tls:', '    - hosts:', '        - shop.example.com', '      secretName: shop-tls'),
    },
    'Ingress:spec.tls[].hosts': {
      summary: l10n.t('The host names the certificate is used for.'),
      defaultText: l10n.t("the controller's default (wildcard) host"),
      constraints: [l10n.t('each a lowercase DNS name, at most one leading `*.` (e.g. `*.example.com`)')],
      example: yaml('tls:', '  - hosts:', '      - shop.example.com'),
    },
    'Ingress:spec.tls[].secretName': {
      summary: l10n.t("The Secret, in the Ingress's namespace, that holds the certificate and key (`type: kubernetes.io/tls`, keys `tls.crt` and `tls.key`)."),
      details: l10n.t('It may be left out when the controller routes TLS by the SNI host name alone.'),
      constraints: [DNS_SUBDOMAIN(l10n)],
      example: yaml('tls:', '  - hosts:', '      - shop.example.com', '    secretName: shop-tls'),
    },
    'Ingress:spec.rules': {
      summary: l10n.t('The routing rules: each matches a `host` (or every host) and sends its `http.paths` to backends.'),
      details: l10n.t("A request that matches no rule goes to `defaultBackend`, or gets the controller's default answer (usually 404)."),
      example: yaml('rules:', '  - host: shop.example.com', '    http:', '      paths:', '        - path: /', '          pathType: Prefix', '          backend:', '            service:', '              name: web', '              port:', '                number: 80'),
    },
    'Ingress:spec.rules[].host': {
      summary: l10n.t('The host name this rule matches (the HTTP `Host` header). Left out, the rule matches every host.'),
      details: l10n.t('A wildcard `*.example.com` matches exactly one more label: `shop.example.com`, but neither `example.com` nor `a.shop.example.com`.'),
      constraints: [l10n.t('a lowercase DNS name, at most one leading `*.`'), l10n.t('no IP address, port or path')],
      example: yaml('rules:', '  - host: shop.example.com'),
    },
    'Ingress:spec.rules[].http': {
      summary: l10n.t('The HTTP routes of this rule: a list of `paths`, each with a backend.'),
      example: yaml('http:', '  paths:', '    - path: /api', '      pathType: Prefix', '      backend:', '        service:', '          name: api', '          port:', '            number: 8080'),
    },
    'Ingress:spec.rules[].http.paths': {
      summary: l10n.t('The paths of this host and where each goes. When several match a request, the longest path wins, and `Exact` wins over `Prefix`.'),
      constraints: [l10n.t('at least one path')],
      example: yaml('paths:', '  - path: /', '    pathType: Prefix', '    backend:', '      service:', '        name: web', '        port:', '          number: 80'),
    },
    [`${paths}.path`]: {
      summary: l10n.t('The path the request URL is matched against, as `pathType` says.'),
      details: l10n.t('Left out with `pathType: ImplementationSpecific`, it matches every path.'),
      constraints: [
        l10n.t('an absolute path: it starts with `/`'),
        l10n.t('required with `Prefix` and `Exact`, which also refuse `//`, `/./`, `/../` and `%2f`, and a path ending in `/.` or `/..`'),
      ],
      example: yaml('- path: /api', '  pathType: Prefix'),
    },
    [`${paths}.pathType`]: {
      summary: l10n.t('How `path` is matched: `Prefix` (by path segments), `Exact` (the whole path) or `ImplementationSpecific` (as the IngressClass decides).'),
      details: l10n.t('Matching is case-sensitive.'),
      constraints: [l10n.t('required: networking.k8s.io/v1 has no default'), l10n.t('one of `Prefix`, `Exact`, `ImplementationSpecific` (case-sensitive)')],
      example: yaml('- path: /api', '  pathType: Prefix'),
    },
    ...backendFields(l10n, `${paths}.backend`, under('backend')),
    'Ingress:status': {
      summary: l10n.t('What the Ingress controller reports: the address of its load balancer (`status.loadBalancer.ingress`). Written by the controller; leave it out of manifests.'),
    },
  };
}

type IngressValueKey = Extract<EnumValueKey, `Ingress:${string}`>;

/** The docs of each `pathType` value (model/enums.ts' PATH_TYPES). */
export function ingressValueDocsIn(l10n: Localizer): Readonly<Record<IngressValueKey, FieldDoc>> {
  return {
    'Ingress:spec.rules[].http.paths[].pathType=Prefix': {
      summary: l10n.t('Matches by whole path segments: `/api` matches `/api`, `/api/` and `/api/users`, but not `/apis`.'),
      details: l10n.t('A trailing `/` of the path or of the request is ignored. `path: /` matches every request.'),
      example: yaml('- path: /api', '  pathType: Prefix'),
    },
    'Ingress:spec.rules[].http.paths[].pathType=Exact': {
      summary: l10n.t('Matches the URL path exactly, case-sensitively: `/api` matches `/api` only, not `/api/`.'),
      example: yaml('- path: /healthz', '  pathType: Exact'),
    },
    'Ingress:spec.rules[].http.paths[].pathType=ImplementationSpecific': {
      summary: l10n.t('Matching is up to the IngressClass: a controller may treat it as `Prefix` or `Exact`, or read the path as a regular expression (ingress-nginx with `use-regex`).'),
      details: l10n.t('Not portable between controllers: prefer `Prefix` or `Exact`.'),
      example: yaml('- path: /api(/|$)(.*)', '  pathType: ImplementationSpecific'),
    },
  };
}
