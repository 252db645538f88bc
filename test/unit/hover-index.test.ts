import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizer } from '../../server/src/core/l10n';
import type { Language } from '../../server/src/core/l10n';
import { FileChecker } from '../../server/src/core/documents/check-file';
import { hoverAt } from '../../server/src/core/features/hover';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { webService, workspaceOf } from './test-workspace';

/** Hover with the workspace index: what a Service's targetPort, port and selector reach in the workspace. */

const SERVICE = webService(`    - name: http
      port: 80
      targetPort: http
    - name: admin
      port: 15000
      targetPort: admin
    - name: metrics
      port: 9090
    - name: raw
      port: 9000
    - name: typo
      port: 81
      targetPort: htp
    - name: by-number
      port: 82
      targetPort: 8080
`, { namespace: 'shop' });

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - name: http
              containerPort: 8080
            - name: metrics
              containerPort: 9090
      initContainers:
        - name: proxy
          image: envoy
          restartPolicy: Always
          ports:
            - name: admin
              containerPort: 15000
`;

/** The same Deployment in another namespace, or without one. */
const elsewhere = (namespace: string | undefined): string =>
  DEPLOYMENT.replace('  namespace: shop\n', namespace === undefined ? '' : `  namespace: ${namespace}\n`);


const WEB = (): WorkspaceIndex => workspaceOf({ 'svc.yaml': SERVICE, 'deploy.yaml': DEPLOYMENT });

/** The hover at the first occurrence of `needle` (one character in) of `text`, which need not be the indexed text. */
function hover(text: string, needle: string, index: WorkspaceIndex | undefined, language: Language = 'en'): string {
  const offset = text.indexOf(needle);
  assert.notEqual(offset, -1, needle);
  const before = text.slice(0, offset + 1).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const result = hoverAt(new FileChecker().analyse(text), position, localizer(language), index);
  assert.ok(result, `a hover at ${needle}`);
  return result.contents;
}

/** The bullet lines of the hover's workspace section; empty when it has none. */
function workspaceLines(contents: string, language: Language = 'en'): string[] {
  const heading = language === 'en' ? '**In the workspace**' : '**워크스페이스에서**';
  const section = contents.split('\n\n---\n\n').find((s) => s.startsWith(heading));
  return section ? section.slice(heading.length).trim().split('\n').map((l) => l.replace(/^- /, '')) : [];
}

test('a named targetPort names the container port it resolves to, after the manifest facts', () => {
  const contents = hover(SERVICE, 'targetPort: http', WEB());
  assert.deepEqual(workspaceLines(contents), ['→ Deployment web, container `web`, port `http` = 8080/TCP']);
  const sections = contents.split('\n\n---\n\n');
  assert.ok(sections[1].startsWith('**In this manifest**') && sections[2].startsWith('**In the workspace**'));
});

test('a named targetPort declared by a sidecar (init container with restartPolicy: Always)', () => {
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: admin', WEB())), [
    '→ Deployment web, sidecar container `proxy`, port `admin` = 15000/TCP',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: admin', WEB(), 'ko'), 'ko'), [
    '→ Deployment web, 사이드카 컨테이너 `proxy`, 포트 `admin` = 15000/TCP',
  ]);
});

test('the targetPort hover in Korean', () => {
  const contents = hover(SERVICE, 'targetPort: http', WEB(), 'ko');
  assert.deepEqual(workspaceLines(contents, 'ko'), ['→ Deployment web, 컨테이너 `web`, 포트 `http` = 8080/TCP']);
  assert.match(contents, /\*\*이 매니페스트에서\*\*/);
});

test('a numeric targetPort says whether a container declares it', () => {
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: 8080', WEB())), [
    '→ Deployment web, container `web`, port `http` = 8080/TCP',
  ]);
  // No targetPort: the port is the target, and the port hover says where it lands.
  assert.deepEqual(workspaceLines(hover(SERVICE, 'port: 9000', WEB())), [
    '→ Deployment web: no container declares port 9000/TCP; traffic is still sent there (containerPort is informational).',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'port: 9000', WEB(), 'ko'), 'ko'), [
    '→ Deployment web: 포트 9000/TCP을(를) 선언한 컨테이너가 없습니다. 그래도 트래픽은 그 포트로 전달됩니다(containerPort는 참고용입니다).',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'port: 9090', WEB())), [
    '→ Deployment web, container `web`, port `metrics` = 9090/TCP',
  ]);
});

test('a named targetPort no selected container declares, in both languages', () => {
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: htp', WEB())), [
    '→ Deployment web: no container declares a TCP port named `htp`, so its pods get no endpoint for this port.',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: htp', WEB(), 'ko'), 'ko'), [
    '→ Deployment web: 이름이 `htp`인 TCP 포트를 선언한 컨테이너가 없어, 이 워크로드의 파드는 이 포트의 엔드포인트가 되지 않습니다.',
  ]);
});

test('a named targetPort is matched by protocol too', () => {
  const udp = SERVICE.replace('      targetPort: http\n', '      targetPort: http\n      protocol: UDP\n');
  assert.deepEqual(workspaceLines(hover(udp, 'targetPort: http', workspaceOf({ 'deploy.yaml': DEPLOYMENT }))), [
    '→ Deployment web, container `web`, port `http` = 8080/TCP: declared for TCP, but this Service port is UDP.',
  ]);
});

test('a port with a targetPort mentions the container it ends up in', () => {
  assert.deepEqual(workspaceLines(hover(SERVICE, 'port: 80', WEB())), [
    'Ends up in Deployment web, container `web`, port `http` = 8080/TCP.',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'port: 80', WEB(), 'ko'), 'ko'), [
    '도착하는 곳: Deployment web, 컨테이너 `web`, 포트 `http` = 8080/TCP.',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'port: 81', WEB())), [], 'nothing to add when it lands nowhere');
});

test('one line per selected workload', () => {
  const canary = DEPLOYMENT.replace('name: web\n  namespace', 'name: web-canary\n  namespace')
    .replace('        tier: front\n', '        track: canary\n')
    .replace('containerPort: 8080', 'containerPort: 8081');
  const index = workspaceOf({ 'deploy.yaml': DEPLOYMENT, 'canary.yaml': canary });
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: http', index)), [
    '→ Deployment web-canary, container `web`, port `http` = 8081/TCP',
    '→ Deployment web, container `web`, port `http` = 8080/TCP',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'selector', index)), [
    'Selects the pods of `Deployment/web-canary` (namespace `shop`).',
    'Selects the pods of `Deployment/web` (namespace `shop`).',
  ]);
});

test('selector: the key and each label inside it list the matching workloads', () => {
  for (const needle of ['selector', 'app: web']) {
    const contents = hover(SERVICE, needle, WEB());
    assert.match(contents, /^\*\*selector\*\*/);
    assert.deepEqual(workspaceLines(contents), ['Selects the pods of `Deployment/web` (namespace `shop`).'], needle);
    assert.deepEqual(workspaceLines(hover(SERVICE, needle, WEB(), 'ko'), 'ko'), [
      '`Deployment/web`(네임스페이스 `shop`)의 파드를 선택합니다.',
    ]);
  }
  // On the value too.
  assert.deepEqual(workspaceLines(hover(SERVICE, 'web\n  ports', WEB())), [
    'Selects the pods of `Deployment/web` (namespace `shop`).',
  ]);
});

test('selector matching nothing says so, and points at a workload in another namespace', () => {
  const index = workspaceOf({ 'deploy.yaml': elsewhere('default') });
  assert.deepEqual(workspaceLines(hover(SERVICE, 'selector', index)), [
    'No workload in namespace `shop` of the workspace has pods labelled `app=web`: this Service selects none.',
    '`Deployment/web` in namespace `default` has those labels, but a Service selects only pods of its own namespace.',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'selector', index, 'ko'), 'ko'), [
    '워크스페이스의 네임스페이스 `shop`에는 파드 레이블이 `app=web`인 워크로드가 없습니다: 이 서비스는 아무 파드도 선택하지 않습니다.',
    '네임스페이스 `default`의 `Deployment/web`에 그 레이블이 있지만, 서비스는 자기 네임스페이스의 파드만 선택합니다.',
  ]);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: http', index)), [
    'No workload in namespace `shop` of the workspace matches the selector `app=web`, so no container port can be looked up.',
  ]);
  const mismatch = SERVICE.replace('    app: web\n', '    app: web\n    tier: back\n');
  assert.deepEqual(workspaceLines(hover(mismatch, 'selector', WEB())), [
    'No workload in namespace `shop` of the workspace has pods labelled `app=web,tier=back`: this Service selects none.',
  ]);
});

test("a Service without metadata.namespace is in the index's default namespace, as its DNS name is", () => {
  const unnamespaced = SERVICE.replace('  namespace: shop\n', '');
  const index = workspaceOf({ 'deploy.yaml': DEPLOYMENT });
  // No namespace and no default: it lands where it is applied, so it may select the pods of shop.
  assert.match(workspaceLines(hover(unnamespaced, 'selector', index))[0], /^Selects the pods of `Deployment\/web`/);
  assert.match(hover(unnamespaced, 'port: 80', index), /`web\.<namespace>\.svc\.cluster\.local:80`/);
  index.setDefaultNamespace('default');
  assert.match(workspaceLines(hover(unnamespaced, 'selector', index))[0], /^No workload in namespace `default`/);
  assert.match(hover(unnamespaced, 'port: 80', index), /`web\.default\.svc\.cluster\.local:80`/);
  index.setDefaultNamespace('shop');
  assert.deepEqual(workspaceLines(hover(unnamespaced, 'targetPort: http', index)), [
    '→ Deployment web, container `web`, port `http` = 8080/TCP',
  ]);
  assert.match(hover(unnamespaced, 'port: 80', index), /`web\.shop\.svc\.cluster\.local:80`/);
  // A Deployment without a namespace moves with the default too.
  const both = workspaceOf({ 'deploy.yaml': elsewhere(undefined) }, 'team-a');
  assert.deepEqual(workspaceLines(hover(unnamespaced, 'targetPort: http', both)), [
    '→ Deployment web, container `web`, port `http` = 8080/TCP',
  ]);
  assert.match(workspaceLines(hover(SERVICE, 'targetPort: http', both))[0], /^No workload in namespace `shop`/);
});

test('the hovered text counts, not the indexed copy of the file', () => {
  const index = WEB();
  const edited = SERVICE.replace('    app: web\n', '    app: api\n');
  assert.match(workspaceLines(hover(edited, 'selector', index))[0], /`app=api`: this Service selects none/);
});

test('an operator-made workload: labels count, container ports are unknown', () => {
  const prometheus =
    'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata:\n  name: k8s\n  namespace: shop\nspec:\n  replicas: 2\n';
  const service = SERVICE.replace('    app: web\n', '    prometheus: k8s\n');
  const index = workspaceOf({ 'prom.yaml': prometheus });
  assert.deepEqual(workspaceLines(hover(service, 'targetPort: http', index)), [
    '→ Prometheus k8s: its containers are made by an operator, so their ports are not known here.',
  ]);
  assert.deepEqual(workspaceLines(hover(service, 'selector', index)), [
    'Selects the pods of `Prometheus/k8s` (namespace `shop`).',
  ]);
});

test('long lists are cut short', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 11; i++) files[`d${String(i).padStart(2, '0')}.yaml`] = DEPLOYMENT.replace('name: web\n  namespace', `name: web-${i}\n  namespace`);
  const lines = workspaceLines(hover(SERVICE, 'selector', workspaceOf(files)));
  assert.equal(lines.length, 9);
  assert.equal(lines[8], '…and 3 more.');
  assert.equal(workspaceLines(hover(SERVICE, 'selector', workspaceOf(files), 'ko'), 'ko')[8], '…외 3개.');
});

test('no workspace section without an index, in a workspace without workloads, or where nothing is selected by design', () => {
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: http', undefined)), []);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'targetPort: http', workspaceOf({ 'svc.yaml': SERVICE }))), []);
  const noSelector = SERVICE.replace('  selector:\n    app: web\n', '');
  assert.deepEqual(workspaceLines(hover(noSelector, 'targetPort: http', WEB())), []);
  const external = SERVICE.replace('spec:\n', 'spec:\n  type: ExternalName\n  externalName: db.example.com\n');
  assert.deepEqual(workspaceLines(hover(external, 'selector', WEB())), []);
  assert.deepEqual(workspaceLines(hover(SERVICE, 'name: web', WEB())), [], 'metadata.name has no workspace facts');
});

test('the manifest facts and the reference are unchanged by the index', () => {
  const plain = hover(SERVICE, 'targetPort: http', undefined).split('\n\n---\n\n');
  const indexed = hover(SERVICE, 'targetPort: http', WEB()).split('\n\n---\n\n');
  assert.deepEqual(indexed.filter((s) => !s.startsWith('**In the workspace**')), plain);
});

test('selector on a StatefulSet pod name: the hover names the pod', () => {
  const sts = DEPLOYMENT.replace('kind: Deployment', 'kind: StatefulSet').replace('spec:\n  selector', 'spec:\n  replicas: 3\n  selector');
  const perPod = SERVICE.replace('    app: web\n', '    app: web\n    statefulset.kubernetes.io/pod-name: web-1\n');
  const index = workspaceOf({ 'svc.yaml': perPod, 'sts.yaml': sts });
  assert.deepEqual(workspaceLines(hover(perPod, 'selector', index)), [
    'Selects pod `web-1` of `StatefulSet/web` (namespace `shop`).',
  ]);
  assert.deepEqual(workspaceLines(hover(perPod, 'selector', index, 'ko'), 'ko'), [
    '`StatefulSet/web`(네임스페이스 `shop`)의 파드 `web-1`를 선택합니다.',
  ]);
});

test('a StatefulSet\'s serviceName: the hover names the Service and whether it gives per-pod DNS names', () => {
  const sts = DEPLOYMENT.replace('kind: Deployment', 'kind: StatefulSet').replace('spec:\n  selector', 'spec:\n  serviceName: web\n  selector');
  const headless = SERVICE.replace('spec:\n', 'spec:\n  clusterIP: None\n');
  assert.deepEqual(workspaceLines(hover(sts, 'serviceName', workspaceOf({ 'svc.yaml': headless, 'sts.yaml': sts }))), [
    'Governed by Service `web` (namespace `shop`, svc.yaml): headless, so each pod is `<pod>.web` in DNS.',
  ]);
  assert.deepEqual(workspaceLines(hover(sts, 'serviceName', WEB())), [
    'Governed by Service `web` (namespace `shop`, svc.yaml): not headless: no per-pod DNS names.',
  ]);
  assert.deepEqual(workspaceLines(hover(sts, 'serviceName', workspaceOf({ 'sts.yaml': sts }), 'ko'), 'ko'), [
    '워크스페이스의 네임스페이스 `shop`에 Service `web`가 없습니다.',
  ]);
  // Elsewhere in a StatefulSet there is nothing of ours to say.
  const offset = sts.indexOf('replicas') === -1 ? sts.indexOf('matchLabels') : sts.indexOf('replicas');
  const before = sts.slice(0, offset + 1).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  assert.equal(hoverAt(new FileChecker().analyse(sts), position, localizer('en'), WEB()), undefined);
});
