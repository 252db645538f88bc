import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settingsFrom } from '../../settings';
import { allFindings, docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

const RULE = 'service-selects-nothing';

test('a selector that matches no workload of the workspace is a warning at spec.selector', () => {
  const index = workspace({
    'svc.yaml': service('web', { selector: { app: 'web', tier: 'front' } }),
    'w.yaml': workload('api'),
  });
  const [finding] = findingsOf(index, 'svc.yaml').filter((f) => f.code === RULE);
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.field, 'spec.selector');
  assert.equal(finding.type, 'Invalid');
  assert.equal(finding.origin, 'workspace');
  assert.match(
    finding.message,
    /^spec\.selector: Invalid value: "app=web,tier=front": no workload in the namespace it is applied to \(namespace not set\) in the workspace/,
  );
  assert.equal(finding.range.start.line, 5, 'points at the selector key');
});

test('matches in another file, of any kind, with replicas 0, are fine', () => {
  const index = workspace({
    'svc.yaml': docs(service('a'), service('b'), service('c')),
    'w1.yaml': workload('a', { kind: 'StatefulSet', replicas: 0 }),
    'w2.yaml': docs(workload('b', { kind: 'Pod' }), workload('c', { kind: 'CronJob' })),
  });
  assert.deepEqual(
    allFindings(index).filter((f) => f.includes(RULE)),
    [],
  );
});

test('ExternalName and selector-less Services are not reported', () => {
  const index = workspace({
    'svc.yaml': docs(
      service('ext', { type: 'ExternalName', extra: 'externalName: db.example.com' }),
      service('manual', { selector: {} }),
    ),
  });
  assert.deepEqual(
    findingsOf(index, 'svc.yaml').filter((f) => f.code === RULE),
    [],
  );
});

test('namespaces are respected, and a match in another namespace is named in the advice', () => {
  const index = workspace({
    'svc.yaml': service('web', { namespace: 'dev' }),
    'w.yaml': workload('web', { namespace: 'prod' }),
  });
  const [finding] = findingsOf(index, 'svc.yaml').filter((f) => f.code === RULE);
  assert.match(
    finding.message,
    /Deployment "web" in namespace "prod" has these labels, but a Service selects pods of its own namespace only \("dev"\)/,
  );
});

test('the advice points out labels on the workload instead of its pod template, or the closest workload', () => {
  const onMetadata = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  template:
    metadata:
      labels:
        run: web
    spec:
      containers:
      - name: web
        image: nginx
`;
  const index = workspace({ 'a.yaml': docs(service('web'), onMetadata) });
  assert.match(
    findingsOf(index, 'a.yaml')[0].message,
    /Deployment "web" has these labels in metadata\.labels, but a Service selects the labels of the pods \(spec\.template\.metadata\.labels\)/,
  );
  const close = workspace({
    'a.yaml': docs(
      service('web', { selector: { app: 'web', tier: 'front' } }),
      workload('web', { labels: { app: 'web', tier: 'back' } }),
    ),
  });
  assert.match(
    findingsOf(close, 'a.yaml')[0].message,
    /the closest is Deployment "web", whose pods have tier=back \(not front\)/,
  );
});

test('a rule can be turned off or given another level', () => {
  const index = workspace({ 'svc.yaml': service('web'), 'other.yaml': workload('api', { labels: { app: 'api' } }) });
  assert.deepEqual(findingsOf(index, 'svc.yaml', settingsFrom({ rules: { [RULE]: 'off' } })), []);
  assert.equal(findingsOf(index, 'svc.yaml', settingsFrom({ rules: { [RULE]: 'error' } }))[0].severity, 'error');
  assert.deepEqual(findingsOf(index, 'svc.yaml', settingsFrom({ enable: false })), []);
});
