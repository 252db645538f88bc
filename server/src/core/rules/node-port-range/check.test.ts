import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodePortRange } from './check';
import { file, runFileRule, serviceDoc } from '../../../../../test/unit/rules/file-rule-harness';

const nodePortService = (name: string, nodePort: number, type = 'NodePort'): string =>
  serviceDoc(name, `  type: ${type}\n  ports:\n  - port: 80\n    nodePort: ${nodePort}`);
const advice = (min: number, max: number): string =>
  "refused by the cluster's node-port allocator (--service-node-port-range) — " +
  `pick a number from ${min} to ${max}, or leave it out to get one assigned`;

test('node-port-range: nodePorts inside 30000-32767 and unset ones are fine', () => {
  const yaml = file(nodePortService('a', 30000), nodePortService('b', 32767), serviceDoc('c', '  type: NodePort\n  ports:\n  - port: 80'));
  assert.deepEqual(runFileRule(nodePortRange, yaml), []);
});

test('node-port-range: a nodePort outside the default range, with the allocator text', () => {
  assert.deepEqual(runFileRule(nodePortRange, file(nodePortService('ok', 30001), nodePortService('web', 8080))), [
    {
      document: 1,
      field: 'spec.ports[0].nodePort',
      type: 'Invalid',
      message:
        'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. ' +
        `The range of valid ports is 30000-32767 — ${advice(30000, 32767)}`,
      text: '8080',
    },
  ]);
});

test('node-port-range: follows the configured --service-node-port-range', () => {
  const range = { min: 20000, max: 22767 };
  assert.deepEqual(runFileRule(nodePortRange, nodePortService('a', 20000), range), []);
  assert.deepEqual(
    runFileRule(nodePortRange, nodePortService('a', 30000), range).map((h) => h.message),
    [
      'spec.ports[0].nodePort: Invalid value: 30000: provided port is not in the valid range. ' +
        `The range of valid ports is 20000-22767 — ${advice(20000, 22767)}`,
    ],
  );
});

test('node-port-range: LoadBalancer Services are checked, ClusterIP and ExternalName are not', () => {
  assert.equal(runFileRule(nodePortRange, nodePortService('lb', 80, 'LoadBalancer')).length, 1);
  assert.deepEqual(runFileRule(nodePortRange, nodePortService('cip', 80, 'ClusterIP')), []);
  assert.deepEqual(runFileRule(nodePortRange, serviceDoc('cip', '  ports:\n  - port: 80\n    nodePort: 80')), []);
  assert.deepEqual(runFileRule(nodePortRange, nodePortService('ext', 80, 'ExternalName')), []);
});

test('node-port-range: only the first refusal of a Service is reported, as the registry stops there', () => {
  const yaml = serviceDoc('web', '  type: NodePort\n  ports:\n  - {name: a, port: 80, nodePort: 1}\n  - {name: b, port: 81, nodePort: 2}');
  assert.deepEqual(runFileRule(nodePortRange, yaml).map((h) => h.field), ['spec.ports[0].nodePort']);
});

test('node-port-range: a nodePort requested by a later entry of the same port number is allocated at the first', () => {
  // initNodePorts → findRequestedNodePort: ports[0] has no nodePort, so it takes ports[1]'s and the error names [0].
  const yaml = serviceDoc(
    'dns',
    '  type: NodePort\n  ports:\n  - {name: u, port: 53, protocol: UDP}\n  - {name: t, port: 53, nodePort: 53}',
  );
  assert.deepEqual(
    runFileRule(nodePortRange, yaml).map((h) => [h.field, h.text]),
    [['spec.ports[0].nodePort', '53']],
  );
});

test('node-port-range: healthCheckNodePort of a Local LoadBalancer comes back wrapped as an internal error', () => {
  const spec = '  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 80\n  ports:\n  - port: 80';
  assert.deepEqual(runFileRule(nodePortRange, serviceDoc('lb', spec)), [
    {
      document: 0,
      field: 'spec.healthCheckNodePort',
      type: 'Invalid',
      message:
        'spec.healthCheckNodePort: Invalid value: 80: failed to allocate requested HealthCheck NodePort 80: ' +
        'provided port is not in the valid range. The range of valid ports is 30000-32767 — ' +
        advice(30000, 32767),
      text: '80',
    },
  ]);
  // Not allocated at all unless the Service needs a health check (validation reports it instead).
  const cluster = '  type: LoadBalancer\n  externalTrafficPolicy: Cluster\n  healthCheckNodePort: 80\n  ports:\n  - port: 80';
  assert.deepEqual(runFileRule(nodePortRange, serviceDoc('lb', cluster)), []);
});

test('node-port-range: Services the decoder would refuse, and other kinds, are skipped', () => {
  assert.deepEqual(runFileRule(nodePortRange, serviceDoc('a', '  type: NodePort\n  ports:\n  - port: "80"\n    nodePort: 80')), []);
  const knative = 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: k\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 80\n';
  assert.deepEqual(runFileRule(nodePortRange, knative), []);
});
