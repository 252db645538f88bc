import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  derivePortName,
  planPortNames,
  repairPortName,
  uniquePortName,
} from '../../../server/src/core/fixes/port-names';
import { objectsOf } from '../../../server/src/core/model/k8s-object';
import { parseYamlDocument } from '../../../server/src/core/parse/parse-document';

const none = new Set<string>();

test('derivePortName: from appProtocol, the part after the last slash', () => {
  assert.equal(derivePortName({ port: 8080, protocol: 'TCP', appProtocol: 'kubernetes.io/h2c' }, none), 'h2c');
  assert.equal(derivePortName({ port: 8080, protocol: 'TCP', appProtocol: 'http' }, none), 'http');
  assert.equal(derivePortName({ port: 1, protocol: 'TCP', appProtocol: 'kubernetes.io/wss' }, none), 'wss');
  assert.equal(derivePortName({ port: 1, protocol: 'TCP', appProtocol: 'example.com/My_Proto' }, none), 'my-proto');
});

test('derivePortName: a named targetPort comes before the well-known number; a quoted number is not a name', () => {
  assert.equal(derivePortName({ port: 80, protocol: 'TCP', targetPort: 'web' }, none), 'web');
  assert.equal(derivePortName({ port: 80, protocol: 'TCP', targetPort: 8080 }, none), 'http');
  assert.equal(derivePortName({ port: 443, protocol: 'TCP', targetPort: '8443' }, none), 'https');
  assert.equal(derivePortName({ port: 80, protocol: 'TCP', targetPort: 'Not_A_Label' }, none), 'http');
});

test('derivePortName: well-known ports, conservative', () => {
  const names = [80, 443, 22, 25, 3306, 5432, 6379, 27017, 8080, 9092, 2379, 50051].map((port) =>
    derivePortName({ port, protocol: 'TCP' }, none),
  );
  assert.deepEqual(names, ['http', 'https', 'ssh', 'smtp', 'mysql', 'postgres', 'redis', 'mongodb', 'http-alt', 'kafka', 'etcd-client', 'grpc']);
  assert.equal(derivePortName({ port: 9090, protocol: 'TCP' }, none), 'tcp-9090');
  assert.equal(derivePortName({ port: 53, protocol: 'UDP' }, none), 'dns');
  assert.equal(derivePortName({ port: 53, protocol: 'TCP' }, none), 'dns-tcp');
  assert.equal(derivePortName({ port: 80, protocol: 'UDP' }, none), 'udp-80');
  assert.equal(derivePortName({ port: 5000, protocol: 'SCTP' }, none), 'sctp-5000');
  assert.equal(derivePortName({ port: undefined, protocol: 'TCP' }, none), 'tcp');
});

test('uniquePortName: -2, -3, within 63 characters', () => {
  assert.equal(uniquePortName('http', new Set(['http'])), 'http-2');
  assert.equal(uniquePortName('http', new Set(['http', 'http-2'])), 'http-3');
  const long = 'a'.repeat(63);
  const unique = uniquePortName(long, new Set([long]));
  assert.equal(unique, `${'a'.repeat(61)}-2`);
  assert.equal(derivePortName({ port: 80, protocol: 'TCP' }, new Set(['http'])), 'http-2');
});

test('repairPortName: lowercase, other characters as -, trimmed, at most 63', () => {
  assert.equal(repairPortName('HTTP'), 'http');
  assert.equal(repairPortName('Metrics_Port'), 'metrics-port');
  assert.equal(repairPortName('-grpc web-'), 'grpc-web');
  assert.equal(repairPortName('__'), '');
  assert.equal(repairPortName(`${'x'.repeat(62)}_y`), 'x'.repeat(62));
  assert.equal(repairPortName('a'.repeat(70)).length, 63);
});

function service(ports: string) {
  const root = parseYamlDocument(`apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n${ports}`).root;
  return objectsOf(root)[0];
}

test('planPortNames: one plan for the whole Service, so that repairs and new names never collide', () => {
  const plan = planPortNames(
    service('  - {name: HTTP, port: 8080}\n  - {port: 80}\n  - {name: http-2, port: 81}\n  - {name: x, port: 82}\n  - {name: x, port: 83}\n'),
  );
  assert.deepEqual(
    plan.map(({ index, current, name }) => ({ index, current, name })),
    [
      { index: 0, current: 'HTTP', name: 'http' },
      { index: 1, current: '', name: 'http-3' },
      { index: 4, current: 'x', name: 'x-2' },
    ],
  );
});

test('planPortNames: a single unnamed port needs no name; a name that is not a string is left alone', () => {
  assert.deepEqual(planPortNames(service('  - port: 80\n')), []);
  assert.deepEqual(
    planPortNames(service('  - {name: 80, port: 80}\n  - {port: 81}\n')).map((p) => p.name),
    ['tcp-81'],
  );
});

test('planPortNames: a port map shared by an alias (- *p1) is left alone: a name there would name both', () => {
  const plan = planPortNames(service('  - &p1 {port: 80}\n  - *p1\n  - {port: 81}\n  - &p2 {name: web, port: 82}\n  - *p2\n'));
  assert.deepEqual(plan.map((p) => [p.index, p.name]), [[2, 'tcp-81']]);
});
