import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { DEFAULT_SETTINGS, settingsFrom } from '../../../server/src/core/settings';
import { docs, service, uriOf, workload, workspace } from './workspace-fixtures';

test('setFile re-analyses only the documents that changed, and nothing for the same text', () => {
  const services = Array.from({ length: 20 }, (_, i) => service(`s${i}`));
  const index = new WorkspaceIndex();
  assert.equal(index.setFile(uriOf('a.yaml'), docs(...services)), true);
  const checker = index.fileChecker(uriOf('a.yaml'));
  assert.equal(checker?.parsedLastTime, 20);
  assert.equal(index.setFile(uriOf('a.yaml'), docs(...services)), false);
  services[7] = service('renamed');
  const version = index.version;
  assert.equal(index.setFile(uriOf('a.yaml'), docs(...services)), true);
  assert.equal(checker?.parsedLastTime, 1);
  assert.ok(index.version > version);
  assert.deepEqual(index.servicesNamed('default', 's7'), []);
  assert.equal(index.servicesNamed('default', 'renamed').length, 1);
});

test('the per-file checks reuse the documents the index parsed', () => {
  const text = docs(service('a', { ports: '- port: 1\n- port: 2' }), workload('a'));
  const index = workspace({ 'a.yaml': text });
  const checker = index.fileChecker(uriOf('a.yaml'));
  const findings = checker?.check(text, DEFAULT_SETTINGS) ?? [];
  assert.equal(checker?.parsedLastTime, 0);
  assert.ok(findings.some((f) => f.code === 'port-name-required'));
});

test('objects keep their file, kind, namespace, name and a range in file coordinates', () => {
  const index = workspace({ 'a.yaml': docs(workload('web'), service('web', { namespace: 'prod' })) });
  const [deployment, svc] = index.file(uriOf('a.yaml'))?.objects ?? [];
  assert.equal(deployment.kind, 'Deployment');
  assert.equal(deployment.documentIndex, 0);
  assert.equal(svc.uri, uriOf('a.yaml'));
  assert.equal(svc.namespace, 'prod');
  assert.equal(svc.documentIndex, 1);
  const firstLength = workload('web').split('\n').length - 1;
  assert.equal(svc.range.start.line, firstLength + 1);
  assert.equal(svc.range.start.character, 0);
  assert.equal(deployment.namespace, '', 'no metadata.namespace: where it is applied');
  assert.deepEqual(index.namespaces(), ['prod'], 'the named namespaces');
  index.setDefaultNamespace('default');
  assert.deepEqual(index.namespaces(), ['default', 'prod']);
});

test('kind: List items are indexed one by one', () => {
  const list = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: a
  spec:
    selector:
      app: a
    ports:
    - port: 80
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: a
  spec:
    template:
      metadata:
        labels:
          app: a
      spec:
        containers:
        - name: a
          image: nginx
`;
  const index = workspace({ 'list.yaml': list });
  const objects = index.file(uriOf('list.yaml'))?.objects ?? [];
  assert.deepEqual(
    objects.map((o) => [o.kind, o.itemIndex, o.range.start.line]),
    [
      ['Service', 0, 3],
      ['Deployment', 1, 12],
    ],
  );
  assert.equal(index.workloadsSelectedBy('default', { app: 'a' }).length, 1);
});

test('a file with a Helm template is left out entirely; a document with a YAML error contributes nothing', () => {
  const helm = `apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n  - port: 80\n`;
  const index = workspace({
    'chart.yaml': docs(helm, service('static')),
    'broken.yaml': docs(service('fine'), 'apiVersion: v1\nkind: Service\nmetadata: {name: broken\n'),
  });
  assert.equal(index.file(uriOf('chart.yaml'))?.templated, true);
  assert.deepEqual(index.file(uriOf('chart.yaml'))?.objects, []);
  assert.deepEqual(index.servicesNamed('default', 'static'), []);
  assert.deepEqual(
    index.file(uriOf('broken.yaml'))?.objects.map((o) => o.name),
    ['fine'],
  );
});

test('removeFile takes every entry of the file out of the lookups', () => {
  const index = workspace({
    'a.yaml': docs(service('web', { type: 'NodePort', ports: '- port: 80\n  nodePort: 30080' }), workload('web')),
  });
  assert.equal(index.nodePortUses(30080).length, 1);
  assert.equal(index.removeFile(uriOf('a.yaml')), true);
  assert.equal(index.removeFile(uriOf('a.yaml')), false);
  assert.deepEqual(index.nodePortUses(30080), []);
  assert.deepEqual(index.servicesNamed('default', 'web'), []);
  assert.deepEqual(index.workloadsIn('default'), []);
  assert.deepEqual(index.namespaces(), []);
  assert.deepEqual(index.objects(), []);
});

test('EndpointSlices join their Service by the kubernetes.io/service-name label, not by their own name', () => {
  const slice = (name: string, service: string) =>
    `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}\n  labels:\n    kubernetes.io/service-name: ${service}\naddressType: IPv4\nendpoints: []\n`;
  const index = workspace({ 's.yaml': docs(slice('db-x1', 'db'), slice('db', 'other')) });
  assert.deepEqual(
    index.endpointSlicesOf('default', 'db').map((s) => s.name),
    ['db-x1'],
  );
});

test('settings: defaultNamespace defaults to none (where applied) and accepts a namespace name or "" only', () => {
  assert.equal(DEFAULT_SETTINGS.defaultNamespace, '');
  assert.equal(settingsFrom({}).defaultNamespace, '');
  assert.equal(settingsFrom({ defaultNamespace: 'team-a' }).defaultNamespace, 'team-a');
  assert.equal(settingsFrom({ defaultNamespace: '' }).defaultNamespace, '');
  assert.equal(settingsFrom({ defaultNamespace: 'Not Valid' }).defaultNamespace, '');
  assert.equal(settingsFrom({ defaultNamespace: 7 }).defaultNamespace, '');
});
