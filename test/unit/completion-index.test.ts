import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizer } from '../../server/src/core/l10n';
import { FileChecker } from '../../server/src/core/documents/check-file';
import { completionsAt } from '../../server/src/core/features/completion';
import type { CompletionModel } from '../../server/src/core/features/completion';
import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';
import { webService, workspaceOf } from './test-workspace';

/** Completion with the workspace index: container port names for a targetPort, pod labels for a selector. */

const SERVICE = webService('    - name: http\n      port: 80\n      targetPort: http\n', { namespace: 'shop' });

const deployment = (name: string, namespace: string | undefined, labels: string, containers: string): string =>
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
${namespace === undefined ? '' : `  namespace: ${namespace}\n`}spec:
  template:
    metadata:
      labels:
${labels.replace(/^/gm, '        ')}
    spec:
${containers.replace(/^/gm, '      ')}
`;

const WEB_CONTAINERS = `containers:
  - name: web
    image: nginx
    ports:
      - name: http
        containerPort: 8080
      - name: dns
        containerPort: 5353
        protocol: UDP
      - containerPort: 9999
initContainers:
  - name: proxy
    image: envoy
    restartPolicy: Always
    ports:
      - name: admin
        containerPort: 15000`;

const WEB = deployment('web', 'shop', 'app: web\ntier: front', WEB_CONTAINERS);
const API = deployment('api', 'shop', 'app: api\ntier: back', 'containers:\n  - name: api\n    image: api\n    ports:\n      - name: grpc\n        containerPort: 9000');
const OTHER_NS = deployment('web', 'staging', 'app: web\nstage: test', 'containers:\n  - name: web\n    image: nginx\n    ports:\n      - name: debug\n        containerPort: 2345');


const INDEX = (): WorkspaceIndex => workspaceOf({ 'svc.yaml': SERVICE, 'web.yaml': WEB, 'api.yaml': API, 'staging.yaml': OTHER_NS });

/** Completions at the caret `‸` in `source` (the `‸` is removed from the text). */
function at(source: string, index: WorkspaceIndex | undefined, language: 'en' | 'ko' = 'en'): CompletionModel[] {
  const offset = source.indexOf('‸');
  assert.notEqual(offset, -1, 'the source marks the caret with ‸');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const lines = text.slice(0, offset).split('\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return completionsAt(new FileChecker().analyse(text), text, position, localizer(language), index);
}

const rows = (items: readonly CompletionModel[]): string[][] => items.map((i) => [i.label, i.detail ?? '']);
const labels = (items: readonly CompletionModel[]): string[] => items.map((i) => i.label);

// --- targetPort ----------------------------------------------------------------------------------------------

test('targetPort offers the named container ports of the selected workloads, sidecars included', () => {
  const items = at(SERVICE.replace('targetPort: http', 'targetPort: ‸'), INDEX());
  assert.deepEqual(rows(items), [
    ['http', '8080/TCP · Deployment web / container web'],
    ['admin', '15000/TCP · Deployment web / sidecar proxy'],
    // Declared for UDP: offered after the TCP ones, with a note.
    ['dns', '5353/UDP · Deployment web / container web'],
  ]);
  assert.ok(items.every((i) => i.kind === 'value' && !i.snippet && i.insertText === i.label));
  assert.deepEqual(items[0].range, { start: { line: 11, character: 18 }, end: { line: 11, character: 18 } });
  assert.match(items[0].documentation ?? '', /^\*\*targetPort: http\*\*/);
  assert.match(items[0].documentation ?? '', /- `8080\/TCP` · Deployment web \/ container `web`$/);
  assert.match(items[2].documentation ?? '', /declared for UDP; this Service port is TCP/);
});

test('targetPort: the protocol of the Service port puts its ports first; Korean details', () => {
  const udp = SERVICE.replace('targetPort: http', 'protocol: UDP\n      targetPort: ‸');
  assert.deepEqual(labels(at(udp, INDEX())), ['dns', 'http', 'admin']);
  const ko = at(SERVICE.replace('targetPort: http', 'targetPort: ‸'), INDEX(), 'ko');
  assert.deepEqual(rows(ko)[0], ['http', '8080/TCP · Deployment web / 컨테이너 web']);
  assert.deepEqual(rows(ko)[1], ['admin', '15000/TCP · Deployment web / 사이드카 proxy']);
  assert.match(ko[2].documentation ?? '', /UDP\(으\)로 선언됨/);
});

test('targetPort: one item per name, however many workloads declare it; what is typed is replaced', () => {
  const canary = deployment('web-canary', 'shop', 'app: web\ntrack: canary', 'containers:\n  - name: c\n    image: x\n    ports:\n      - name: http\n        containerPort: 8081');
  const index = workspaceOf({ 'web.yaml': WEB, 'canary.yaml': canary });
  const items = at(SERVICE.replace('targetPort: http', 'targetPort: ht‸'), index);
  assert.deepEqual(labels(items), ['http', 'admin', 'dns']);
  assert.equal(items[0].detail, '8081/TCP · Deployment web-canary / container c +1');
  assert.match(items[0].documentation ?? '', /8081\/TCP[\s\S]*8080\/TCP/);
  assert.deepEqual(items[0].range, { start: { line: 11, character: 18 }, end: { line: 11, character: 20 } });
  const bare = at(SERVICE.replace('targetPort: http', 'targetPort:‸'), index);
  assert.equal(bare[0].insertText, ' http');
});

test('targetPort: nothing from workloads not selected, from other namespaces, or for an ExternalName Service', () => {
  const staging = SERVICE.replace('namespace: shop', 'namespace: staging').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(labels(at(staging, INDEX())), ['debug']);
  const api = SERVICE.replace('app: web', 'app: api').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(labels(at(api, INDEX())), ['grpc']);
  const none = SERVICE.replace('app: web', 'app: nothing').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(at(none, INDEX()), []);
  const noSelector = SERVICE.replace('  selector:\n    app: web\n', '').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(at(noSelector, INDEX()), []);
  const external = SERVICE.replace('spec:\n', 'spec:\n  type: ExternalName\n').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(at(external, INDEX()), []);
  assert.deepEqual(at(SERVICE.replace('targetPort: http', 'targetPort: ‸'), undefined), [], 'nothing without an index');
});

test("targetPort: a Service without metadata.namespace follows the index's default namespace", () => {
  const source = SERVICE.replace('  namespace: shop\n', '').replace('targetPort: http', 'targetPort: ‸');
  const index = INDEX();
  assert.deepEqual(labels(at(source, index)), ['debug', 'http', 'admin', 'dns'], 'no namespace: it may be applied anywhere');
  index.setDefaultNamespace('default');
  assert.deepEqual(at(source, index), [], 'the workloads are in shop, the Service in default');
  index.setDefaultNamespace('shop');
  assert.deepEqual(labels(at(source, index)), ['http', 'admin', 'dns']);
  assert.deepEqual(labels(at(source, workspaceOf({ 'web.yaml': WEB }, 'shop'))), ['http', 'admin', 'dns']);
});

test('targetPort: the selector is read from the text being edited, in block or flow style, and in a List', () => {
  const edited = SERVICE.replace('app: web', 'app: api').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(labels(at(edited, INDEX())), ['grpc'], 'the unsaved selector, not the indexed one');
  const flow = SERVICE.replace('  selector:\n    app: web\n', '  selector: {app: web}\n').replace('targetPort: http', 'targetPort: ‸');
  assert.deepEqual(labels(at(flow, INDEX())), ['http', 'admin', 'dns']);
  const ports = SERVICE.replace('    - name: http\n      port: 80\n      targetPort: http\n', '    - {port: 80, targetPort: ‸}\n');
  // A flow-style port item: its protocol is not read, so the ports come in the order they are declared.
  assert.deepEqual(labels(at(ports, INDEX())), ['http', 'dns', 'admin']);
  const list = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: web
    namespace: shop
  spec:
    selector:
      app: api
    ports:
    - port: 80
      targetPort: ‸
`;
  assert.deepEqual(labels(at(list, INDEX())), ['grpc']);
});

// --- selector ------------------------------------------------------------------------------------------------

test('a new key in selector: the pod label keys of the namespace, without the present ones', () => {
  const items = at(SERVICE.replace('    app: web\n', '    app: web\n    ‸\n'), INDEX());
  assert.deepEqual(rows(items), [['tier', 'Deployment api, Deployment web']]);
  assert.deepEqual([items[0].kind, items[0].insertText, items[0].snippet], ['key', 'tier: ', false]);
  assert.match(items[0].documentation ?? '', /`tier=back` · Deployment api\n- `tier=front` · Deployment web/);
  const empty = at(SERVICE.replace('    app: web\n', '    ‸\n'), INDEX());
  assert.deepEqual(rows(empty), [
    ['app', 'Deployment api, Deployment web'],
    ['tier', 'Deployment api, Deployment web'],
  ]);
  const typing = at(SERVICE.replace('    app: web\n', '    ti‸: x\n'), INDEX());
  assert.deepEqual([typing[1].label, typing[1].insertText], ['tier', 'tier'], 'before a colon: the name only');
  const ko = at(SERVICE.replace('    app: web\n', '    ‸\n'), INDEX(), 'ko');
  assert.match(ko[0].documentation ?? '', /네임스페이스 `shop`에 있는 워크로드의 파드 레이블/);
});

test('a selector value: the values of that key on the pods of the namespace, with their workloads', () => {
  const items = at(SERVICE.replace('    app: web\n', '    app: ‸\n'), INDEX());
  assert.deepEqual(rows(items), [
    ['api', 'Deployment api'],
    ['web', 'Deployment web'],
  ]);
  assert.ok(items.every((i) => i.kind === 'value' && i.insertText === i.label));
  assert.deepEqual(rows(at(SERVICE.replace('    app: web\n', '    stage: ‸\n'), INDEX())), [], 'stage is only in staging');
  const staging = SERVICE.replace('namespace: shop', 'namespace: staging').replace('    app: web\n', '    stage: ‸\n');
  assert.deepEqual(rows(at(staging, INDEX())), [['test', 'Deployment web']]);
  assert.deepEqual(at(SERVICE.replace('    app: web\n', '    app: ‸\n'), undefined), []);
});

test('selector values that YAML would not read as strings are quoted, unless typed inside quotes', () => {
  const odd = deployment('odd', 'shop', 'version: "1"\nenabled: "true"', 'containers:\n  - name: c\n    image: x');
  const index = workspaceOf({ 'odd.yaml': odd });
  const version = at(SERVICE.replace('    app: web\n', '    version: ‸\n'), index);
  assert.deepEqual([version[0].label, version[0].insertText], ['1', '"1"']);
  const enabled = at(SERVICE.replace('    app: web\n', '    enabled: ‸\n'), index);
  assert.deepEqual([enabled[0].label, enabled[0].insertText], ['true', '"true"']);
  const quoted = at(SERVICE.replace('    app: web\n', '    version: "‸"\n'), index);
  assert.deepEqual([quoted[0].label, quoted[0].insertText], ['1', '1']);
});

test("selector completion follows the index's default namespace for a Service without one", () => {
  const source = SERVICE.replace('  namespace: shop\n', '').replace('    app: web\n', '    app: ‸\n');
  const inDefault = INDEX();
  inDefault.setDefaultNamespace('default');
  assert.deepEqual(at(source, inDefault), []);
  assert.deepEqual(labels(at(source, workspaceOf({ 'web.yaml': WEB, 'api.yaml': API }, 'shop'))), ['api', 'web']);
  const unset = at(source, INDEX());
  assert.deepEqual(labels(unset), ['api', 'web'], 'no namespace: the labels of every namespace');
  assert.match(String(unset[0].documentation), /workloads in the namespace it is applied to \(namespace not set\):/);
});

test('the other completions are unchanged by the index', () => {
  const protocol = at(SERVICE.replace('targetPort: http', 'protocol: ‸'), INDEX());
  assert.deepEqual(labels(protocol), ['TCP', 'UDP', 'SCTP']);
  const spec = labels(at(SERVICE.replace('  ports:\n', '  ‸\n  ports:\n'), INDEX()));
  assert.ok(spec.includes('type') && !spec.includes('selector') && !spec.includes('tier'));
  const endpoints = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  namespace: shop\nsubsets:\n  - ports:\n      - port: 80\n        name: ‸\n';
  assert.deepEqual(at(endpoints, INDEX()), []);
});
