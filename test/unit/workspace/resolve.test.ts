import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IndexedIngress, IndexedService, IndexedWorkload } from '../../../server/src/core/index/indexed-object';
import type { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { resolveIngressBackend } from '../../../server/src/core/resolve/resolve-ingress-backend';
import { resolveService } from '../../../server/src/core/resolve/resolve-service';
import { selectWorkloads, servicesSelecting } from '../../../server/src/core/resolve/select-workloads';
import { IN_DEFAULT, codes, docs, findingsOf, service, uriOf, workload, workspace } from './workspace-fixtures';

function serviceIn(index: WorkspaceIndex, file: string, name?: string): IndexedService {
  const found = index.file(uriOf(file))?.objects.find((o) => o.role === 'service' && (!name || o.name === name));
  assert.ok(found && found.role === 'service', `no Service in ${file}`);
  return found;
}

function names(workloads: readonly IndexedWorkload[]): string[] {
  return workloads.map((w) => `${w.kind}/${w.name}`);
}

test('a selector reaches every workload kind whose pod template carries its labels', () => {
  const kinds = [
    'Pod',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Job',
    'CronJob',
  ];
  const index = workspace({
    'svc.yaml': service('web', { selector: { app: 'web' } }),
    'workloads.yaml': docs(...kinds.map((kind) => workload(kind.toLowerCase(), { kind, labels: { app: 'web' } }))),
    'other.yaml': workload('api', { labels: { app: 'api' } }),
  });
  const selected = selectWorkloads(index, serviceIn(index, 'svc.yaml'));
  assert.deepEqual(names(selected).sort(), kinds.map((k) => `${k}/${k.toLowerCase()}`).sort());
  const cron = selected.find((w) => w.kind === 'CronJob');
  assert.equal(cron?.template.field, 'spec.jobTemplate.spec.template');
  assert.equal(selected.find((w) => w.kind === 'Pod')?.template.field, '');
});

test('every selector pair must be among the pod labels; extra pod labels do not matter', () => {
  const index = workspace({
    'svc.yaml': service('web', { selector: { app: 'web', tier: 'front' } }),
    'w.yaml': docs(
      workload('both', { labels: { app: 'web', tier: 'front', version: 'v2' } }),
      workload('one', { labels: { app: 'web' } }),
      workload('other-value', { labels: { app: 'web', tier: 'back' } }),
    ),
  });
  assert.deepEqual(names(selectWorkloads(index, serviceIn(index, 'svc.yaml'))), ['Deployment/both']);
});

test('an absent or empty selector and an ExternalName Service select nothing', () => {
  const index = workspace({
    'svc.yaml': docs(
      service('none', { selector: {} }),
      service('empty', { selector: {}, extra: 'selector: {}' }),
      service('ext', { type: 'ExternalName', selector: { app: 'web' }, extra: 'externalName: example.com' }),
    ),
    'w.yaml': workload('web', { labels: { app: 'web' } }),
  });
  for (const name of ['none', 'empty', 'ext']) {
    const resolution = resolveService(index, serviceIn(index, 'svc.yaml', name));
    assert.deepEqual(resolution.workloads, [], name);
  }
  assert.equal(resolveService(index, serviceIn(index, 'svc.yaml', 'none')).backing, 'manual');
  assert.equal(resolveService(index, serviceIn(index, 'svc.yaml', 'ext')).backing, 'external-name');
});

test('replicas: 0 still counts as selected', () => {
  const index = workspace({ 'a.yaml': docs(service('web'), workload('web', { replicas: 0 })) });
  const [selected] = selectWorkloads(index, serviceIn(index, 'a.yaml'));
  assert.equal(selected.template.replicas, 0);
});

test('a Service selects only in its own namespace; no namespace means the default one', () => {
  const index = workspace(
    {
      'svc.yaml': docs(service('web'), service('web', { namespace: 'prod' })),
      'w.yaml': docs(
        workload('dev-web', { labels: { app: 'web' } }),
        workload('prod-web', { namespace: 'prod', labels: { app: 'web' } }),
      ),
    },
    'default',
  );
  const [inDefault, inProd] = index.file(uriOf('svc.yaml'))?.objects ?? [];
  assert.ok(inDefault.role === 'service' && inProd.role === 'service');
  assert.equal(inDefault.namespace, 'default');
  assert.equal(inDefault.namespaceWritten, false);
  assert.deepEqual(names(selectWorkloads(index, inDefault)), ['Deployment/dev-web']);
  assert.deepEqual(names(selectWorkloads(index, inProd)), ['Deployment/prod-web']);
});

test('without a default namespace, an object that sets none lands where applied and matches every namespace', () => {
  const index = workspace({
    'svc.yaml': docs(service('web'), service('web', { namespace: 'prod' })),
    'w.yaml': docs(
      workload('any-web', { labels: { app: 'web' } }),
      workload('prod-web', { namespace: 'prod', labels: { app: 'web' } }),
      workload('staging-web', { namespace: 'staging', labels: { app: 'web' } }),
    ),
  });
  const [unset, inProd] = index.file(uriOf('svc.yaml'))?.objects ?? [];
  assert.ok(unset.role === 'service' && inProd.role === 'service');
  assert.equal(unset.namespace, '');
  assert.deepEqual(names(selectWorkloads(index, unset)), [
    'Deployment/any-web',
    'Deployment/prod-web',
    'Deployment/staging-web',
  ]);
  assert.deepEqual(names(selectWorkloads(index, inProd)), ['Deployment/any-web', 'Deployment/prod-web']);
  // A Deployment without a namespace and a Service in prod: no more "Deployment web in namespace default" mismatch.
  const pair = workspace({ 's.yaml': service('web', { namespace: 'prod' }), 'w.yaml': workload('web') });
  assert.deepEqual(codes(findingsOf(pair, 's.yaml')), []);
  assert.deepEqual(codes(findingsOf(pair, 's.yaml', IN_DEFAULT)), ['service-selects-nothing']);
});

test('the default namespace follows the setting', () => {
  const index = workspace({ 'svc.yaml': service('web'), 'w.yaml': workload('web', { namespace: 'team' }) }, 'team');
  assert.equal(serviceIn(index, 'svc.yaml').namespace, 'team');
  assert.equal(selectWorkloads(index, serviceIn(index, 'svc.yaml')).length, 1);
  index.setDefaultNamespace('default');
  assert.equal(serviceIn(index, 'svc.yaml').namespace, 'default');
  assert.equal(selectWorkloads(index, serviceIn(index, 'svc.yaml')).length, 0);
});

test('a named targetPort is found in any container, sidecars included, but not in plain init containers', () => {
  const sidecar =
    '- name: proxy\n  image: envoy\n  restartPolicy: Always\n  ports:\n  - name: proxy\n    containerPort: 15001';
  const init = '- name: setup\n  image: busybox\n  ports:\n  - name: setup\n    containerPort: 9999';
  const index = workspace({
    'svc.yaml': service('web', {
      ports:
        '- name: a\n  port: 80\n  targetPort: http\n- name: b\n  port: 81\n  targetPort: proxy\n- name: c\n  port: 82\n  targetPort: setup',
    }),
    'w.yaml': workload('web', { initContainers: `${sidecar}\n${init}` }),
  });
  const [http, proxy, setup] = resolveService(index, serviceIn(index, 'svc.yaml')).ports;
  assert.equal(http.status, 'resolved');
  assert.equal(http.matches[0].port.containerPort, 8080);
  assert.equal(proxy.status, 'resolved');
  assert.equal(proxy.matches[0].container.name, 'proxy');
  assert.equal(proxy.matches[0].container.sidecar, true);
  assert.equal(proxy.matches[0].container.field, 'spec.template.spec.initContainers[0]');
  assert.equal(setup.status, 'name-not-found');
});

test('a named targetPort must match the protocol too; a number may be undeclared', () => {
  const containers =
    '- name: dns\n  image: coredns\n  ports:\n  - name: dns\n    containerPort: 53\n    protocol: UDP\n  - name: metrics\n    containerPort: 9153';
  const index = workspace({
    'svc.yaml': service('dns', {
      ports: [
        '- name: udp\n  port: 53\n  protocol: UDP\n  targetPort: dns',
        '- name: tcp\n  port: 53\n  targetPort: dns',
        '- name: metrics\n  port: 9153',
        '- name: other\n  port: 8080',
        '- name: udp-metrics\n  port: 9154\n  protocol: UDP\n  targetPort: 9153',
      ].join('\n'),
    }),
    'w.yaml': workload('dns', { containers }),
  });
  const statuses = resolveService(index, serviceIn(index, 'svc.yaml')).ports.map((p) => [p.port.name, p.status]);
  assert.deepEqual(statuses, [
    ['udp', 'resolved'],
    ['tcp', 'protocol-mismatch'],
    ['metrics', 'resolved'],
    ['other', 'undeclared'],
    ['udp-metrics', 'protocol-mismatch'],
  ]);
});

test('resolution spans files and follows edits and removals', () => {
  const index = workspace({
    'svc.yaml': service('web', { ports: '- port: 80\n  targetPort: http' }),
    'w.yaml': workload('web'),
  });
  assert.equal(resolveService(index, serviceIn(index, 'svc.yaml')).ports[0].status, 'resolved');
  index.setFile(uriOf('w.yaml'), workload('web', { containers: '- name: web\n  image: nginx' }));
  assert.equal(resolveService(index, serviceIn(index, 'svc.yaml')).ports[0].status, 'name-not-found');
  index.removeFile(uriOf('w.yaml'));
  assert.equal(resolveService(index, serviceIn(index, 'svc.yaml')).ports[0].status, 'no-workloads');
});

test('a Service resolution lists its Endpoints, EndpointSlices and the Ingress backends that name it', () => {
  const slice =
    'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: db-abc\n  labels:\n    kubernetes.io/service-name: db\naddressType: IPv4\nendpoints: []\nports:\n- name: pg\n  port: 5432\n';
  const endpoints = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets: []\n';
  const ingress =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service:\n      name: db\n      port:\n        number: 5432\n';
  const index = workspace({
    'db.yaml': docs(service('db', { selector: {}, ports: '- name: pg\n  port: 5432' }), slice, endpoints),
    'i.yaml': ingress,
  });
  const resolution = resolveService(index, serviceIn(index, 'db.yaml'));
  assert.equal(resolution.endpointSlices.length, 1);
  assert.equal(resolution.endpoints.length, 1);
  assert.deepEqual(
    resolution.ingressBackends.map((b) => b.backend.field),
    ['spec.defaultBackend'],
  );
});

test('the Services selecting a workload', () => {
  const index = workspace({
    's.yaml': docs(
      service('a', { selector: { app: 'web' } }),
      service('b', { selector: { tier: 'x' } }),
      service('c', { namespace: 'other', selector: { app: 'web' } }),
    ),
    'w.yaml': workload('web'),
  });
  const web = index.file(uriOf('w.yaml'))?.objects[0];
  assert.ok(web?.role === 'workload');
  assert.deepEqual(
    servicesSelecting(index, web).map((s) => s.name),
    ['a', 'c'],
    'a workload without a namespace may be applied to "other" too',
  );
  index.setDefaultNamespace('default');
  const inDefault = index.file(uriOf('w.yaml'))?.objects[0];
  assert.ok(inDefault?.role === 'workload');
  assert.deepEqual(
    servicesSelecting(index, inDefault).map((s) => s.name),
    ['a'],
  );
});

test('custom resources: a pod template is read like a Deployment, podMetadata gives labels with unknown containers', () => {
  const rollout =
    'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        ports:\n        - name: http\n          containerPort: 8080\n';
  const prometheus =
    'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata:\n  name: k8s\nspec:\n  podMetadata:\n    labels:\n      app: prom\n';
  const monitor =
    'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: m\n  labels:\n    app: other\nspec: {}\n';
  const index = workspace({
    'r.yaml': docs(rollout, prometheus, monitor),
    's.yaml': docs(
      service('web', { ports: '- port: 80\n  targetPort: http' }),
      service('prom', { ports: '- port: 9090\n  targetPort: web' }),
      service('other', { ports: '- port: 1' }),
    ),
  });
  const [web, prom, other] = ['web', 'prom', 'other'].map((n) => resolveService(index, serviceIn(index, 's.yaml', n)));
  assert.equal(web.ports[0].status, 'resolved');
  assert.deepEqual(names(prom.workloads), ['Prometheus/k8s']);
  assert.equal(prom.ports[0].status, 'unknown');
  assert.deepEqual(other.workloads, []);
});

function backendsOf(index: WorkspaceIndex, file: string): [IndexedIngress, string[]] {
  const ingress = index.file(uriOf(file))?.objects.find((o) => o.role === 'ingress');
  assert.ok(ingress?.role === 'ingress');
  return [ingress, ingress.backends.map((b) => resolveIngressBackend(index, ingress, b).status)];
}

test('Ingress backends: v1 port names and numbers, v1beta1 serviceName/servicePort', () => {
  const v1 = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: v1
spec:
  rules:
  - http:
      paths:
      - path: /a
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              name: http
      - path: /b
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 8080
      - path: /c
        pathType: Prefix
        backend:
          service:
            name: missing
            port:
              number: 80
`;
  const v1beta1 = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: old
spec:
  backend:
    serviceName: web
    servicePort: 80
  rules:
  - http:
      paths:
      - backend:
          serviceName: web
          servicePort: https
`;
  const index = workspace({
    'svc.yaml': service('web', { ports: '- name: http\n  port: 80\n  targetPort: 8080' }),
    'v1.yaml': v1,
    'old.yaml': v1beta1,
  });
  const [ingress, statuses] = backendsOf(index, 'v1.yaml');
  assert.deepEqual(statuses, ['resolved', 'port-missing', 'service-missing']);
  assert.deepEqual(
    ingress.backends.map((b) => b.port?.field),
    [
      'spec.rules[0].http.paths[0].backend.service.port.name',
      'spec.rules[0].http.paths[1].backend.service.port.number',
      'spec.rules[0].http.paths[2].backend.service.port.number',
    ],
  );
  const [old, oldStatuses] = backendsOf(index, 'old.yaml');
  assert.deepEqual(oldStatuses, ['resolved', 'port-missing']);
  assert.deepEqual(
    old.backends.map((b) => b.serviceNameField),
    ['spec.backend.serviceName', 'spec.rules[0].http.paths[0].backend.serviceName'],
  );
});
