import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

/** Issue 12 row 3: pod templates inside custom resources, and pods deployed from outside the workspace. */

const RULE = 'service-selects-nothing';

const LEADER_WORKER_SET = `apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata:
  name: vllm
spec:
  replicas: 2
  leaderWorkerTemplate:
    size: 4
    leaderTemplate:
      metadata:
        labels:
          role: leader
      spec:
        containers:
        - name: vllm-leader
          image: vllm
          ports:
          - containerPort: 8080
    workerTemplate:
      metadata:
        labels:
          role: worker
      spec:
        containers:
        - name: vllm-worker
          image: vllm
`;

const RAY_CLUSTER = `apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: raycluster
spec:
  headGroupSpec:
    template:
      metadata:
        labels:
          ray-node: head
      spec:
        containers:
        - name: ray-head
          image: rayproject/ray
  workerGroupSpecs:
  - groupName: small
    template:
      metadata:
        labels:
          ray-node: worker
      spec:
        containers:
        - name: ray-worker
          image: rayproject/ray
`;

test('pod templates anywhere in a custom resource count as workloads: LeaderWorkerSet, RayCluster', () => {
  const index = workspace({
    'lws.yaml': LEADER_WORKER_SET,
    'ray.yaml': RAY_CLUSTER,
    'svc.yaml': docs(
      service('leader', { selector: { role: 'leader' } }),
      service('head', { selector: { 'ray-node': 'head' } }),
      service('workers', { selector: { 'ray-node': 'worker' } }),
      service('typo', { selector: { 'ray-node': 'heed' } }),
    ),
  });
  const findings = findingsOf(index, 'svc.yaml').filter((f) => f.code === RULE);
  assert.deepEqual(
    findings.map((f) => [f.severity, /Invalid value: "([^"]*)"/.exec(f.message)?.[1]]),
    [['warning', 'ray-node=heed']],
  );
});

test('no workload of the namespace in the workspace: the pods come from elsewhere, an info', () => {
  const index = workspace({
    'app.yaml': docs(workload('web'), service('web')),
    'monitoring.yaml': service('dcgm-exporter', { namespace: 'monitoring', selector: { app: 'dcgm-exporter' } }),
  });
  assert.deepEqual(
    findingsOf(index, 'monitoring.yaml').map((f) => [f.code, f.severity]),
    [[RULE, 'info']],
  );
});

test('a Service rendered by Helm (app.kubernetes.io/managed-by) is an info; one a workload comes close to stays a warning', () => {
  const managed = service('api', { selector: { app: 'api' } }).replace(
    '  name: api\n',
    '  name: api\n  labels:\n    app.kubernetes.io/managed-by: Helm\n',
  );
  const index = workspace({
    'app.yaml': docs(workload('web', { labels: { app: 'web', tier: 'front' } })),
    'managed.yaml': managed,
    'typo.yaml': service('web', { selector: { app: 'web', tier: 'frnt' } }),
  });
  assert.deepEqual(
    findingsOf(index, 'managed.yaml').map((f) => [f.code, f.severity]),
    [[RULE, 'info']],
  );
  assert.deepEqual(
    findingsOf(index, 'typo.yaml').map((f) => [f.code, f.severity]),
    [[RULE, 'warning']],
  );
});
