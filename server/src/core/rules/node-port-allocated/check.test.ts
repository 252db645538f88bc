import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodePortAllocated } from './check';
import { file, runFileRule, serviceDoc } from '../../../../../test/unit/rules/file-rule-harness';

const nodePortService = (name: string, nodePort: number, protocol = 'TCP'): string =>
  serviceDoc(name, `  type: NodePort\n  ports:\n  - port: 80\n    protocol: ${protocol}\n    nodePort: ${nodePort}`);
const ALLOCATED = 'provided port is already allocated';

test('node-port-allocated: distinct nodePorts across Services are fine', () => {
  assert.deepEqual(runFileRule(nodePortAllocated, file(nodePortService('a', 30080), nodePortService('b', 30081))), []);
});

test('node-port-allocated: the second Service asking for a number is refused', () => {
  const yaml = file(nodePortService('a', 30080), nodePortService('b', 30080));
  assert.deepEqual(runFileRule(nodePortAllocated, yaml), [
    {
      document: 1,
      field: 'spec.ports[0].nodePort',
      type: 'Invalid',
      message:
        `spec.ports[0].nodePort: Invalid value: 30080: ${ALLOCATED} — refused by the cluster's node-port allocator — ` +
        'Service "a" in this file already takes it at spec.ports[0].nodePort; node ports are unique across the ' +
        'cluster, so pick another number or leave it out',
      text: '30080',
    },
  ]);
});

test('node-port-allocated: the allocator counts numbers only, so TCP and UDP Services still clash', () => {
  const yaml = file(nodePortService('tcp', 30053, 'TCP'), nodePortService('udp', 30053, 'UDP'));
  assert.deepEqual(runFileRule(nodePortAllocated, yaml).map((h) => [h.document, h.field]), [[1, 'spec.ports[0].nodePort']]);
});

test('node-port-allocated: TCP and UDP of the same port may share one nodePort within a Service', () => {
  const spec = '  type: NodePort\n  ports:\n  - {name: dns, port: 53, protocol: UDP, nodePort: 30053}\n  - {name: dns-tcp, port: 53, protocol: TCP, nodePort: 30053}';
  assert.deepEqual(runFileRule(nodePortAllocated, serviceDoc('dns', spec)), []);
});

test('node-port-allocated: different port numbers may not share a nodePort, even with different protocols', () => {
  // Validation accepts this (upstream "duplicate nodeports (different protocols)"); the allocator does not.
  const spec = '  type: NodePort\n  ports:\n  - {name: q, port: 1, protocol: TCP, nodePort: 30001}\n  - {name: r, port: 2, protocol: UDP, nodePort: 30001}';
  assert.deepEqual(runFileRule(nodePortAllocated, serviceDoc('web', spec)), [
    {
      document: 0,
      field: 'spec.ports[1].nodePort',
      type: 'Invalid',
      message:
        `spec.ports[1].nodePort: Invalid value: 30001: ${ALLOCATED} — refused by the cluster's node-port allocator — ` +
        'spec.ports[0].nodePort of this Service already takes it, and only ports with the same `port` number may ' +
        'share a nodePort; pick another number',
      text: '30001',
    },
  ]);
});

test('node-port-allocated: a refused Service gives its node ports back', () => {
  // "a" takes 30080 then fails on 30090 (held by "z"), so it is rolled back and "b" may take 30080.
  const a = serviceDoc('a', '  type: NodePort\n  ports:\n  - {name: p1, port: 1, nodePort: 30080}\n  - {name: p2, port: 2, nodePort: 30090}');
  const yaml = file(nodePortService('z', 30090), a, nodePortService('b', 30080));
  assert.deepEqual(runFileRule(nodePortAllocated, yaml).map((h) => [h.document, h.field]), [[1, 'spec.ports[1].nodePort']]);
});

test('node-port-allocated: healthCheckNodePort needs a number of its own', () => {
  const spec =
    '  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 30080\n  ports:\n  - port: 80\n    nodePort: 30080';
  assert.deepEqual(runFileRule(nodePortAllocated, serviceDoc('lb', spec)).map((h) => h.message), [
    `spec.healthCheckNodePort: Invalid value: 30080: failed to allocate requested HealthCheck NodePort 30080: ${ALLOCATED}` +
      " — refused by the cluster's node-port allocator — spec.ports[0].nodePort of this Service already takes it; " +
      'the health check needs a node port of its own',
  ]);
});

test('node-port-allocated: ClusterIP and ExternalName Services hold no node ports', () => {
  const clusterIP = serviceDoc('c', '  ports:\n  - port: 80\n    nodePort: 30080');
  const external = serviceDoc('e', '  type: ExternalName\n  externalName: x.example.com\n  ports:\n  - port: 80\n    nodePort: 30080');
  assert.deepEqual(runFileRule(nodePortAllocated, file(clusterIP, external, nodePortService('n', 30080))), []);
});

test('node-port-allocated: the same Service applied twice is an update, not a clash', () => {
  assert.deepEqual(runFileRule(nodePortAllocated, file(nodePortService('a', 30080), nodePortService('a', 30080))), []);
  const otherNamespace = serviceDoc('a', '  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080').replace(
    'name: a',
    'name: a\n  namespace: other',
  );
  assert.equal(runFileRule(nodePortAllocated, file(nodePortService('a', 30080), otherNamespace)).length, 1);
});

test('node-port-allocated: items of a List are Services too', () => {
  const list =
    'apiVersion: v1\nkind: List\nitems:\n' +
    '- {apiVersion: v1, kind: Service, metadata: {name: a}, spec: {type: NodePort, ports: [{port: 80, nodePort: 30080}]}}\n' +
    '- {apiVersion: v1, kind: Service, metadata: {name: b}, spec: {type: NodePort, ports: [{port: 80, nodePort: 30080}]}}\n';
  assert.deepEqual(runFileRule(nodePortAllocated, list).map((h) => [h.document, h.field, h.text]), [
    [0, 'spec.ports[0].nodePort', '30080'],
  ]);
});

test('node-port-allocated: out-of-range numbers are the range rule\'s, never "already allocated"', () => {
  assert.deepEqual(runFileRule(nodePortAllocated, file(nodePortService('a', 80), nodePortService('b', 80))), []);
});
