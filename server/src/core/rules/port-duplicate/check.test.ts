import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portDuplicate } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const key = (protocol: string, port: number): string =>
  `core.ServicePort{Name:"", Protocol:"${protocol}", AppProtocol:(*string)(nil), Port:${port}, ` +
  'TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}';

test('port-duplicate: the same port with different protocols is fine', () => {
  // upstream "valid duplicate ports (with different protocols)"
  const yaml = service(
    '  ports:\n  - {name: q, port: 12345, protocol: TCP, targetPort: 8080}\n' +
      '  - {name: r, port: 12345, protocol: UDP, targetPort: 80}\n  - {name: s, port: 12345, protocol: SCTP, targetPort: 8088}',
  );
  assert.deepEqual(runRule(portDuplicate, yaml), []);
});

test('port-duplicate: the same (protocol, port) is reported on the later port entry with the Go-printed key', () => {
  // upstream "invalid duplicate ports (with same protocol)"
  const yaml = service(
    '  ports:\n  - name: q\n    port: 12345\n    targetPort: 8080\n  - name: r\n    port: 12345\n    protocol: TCP\n    targetPort: 80',
  );
  assert.deepEqual(runRule(portDuplicate, yaml), [
    {
      field: 'spec.ports[1]',
      type: 'Duplicate',
      message:
        `spec.ports[1]: Duplicate value: ${key('TCP', 12345)}` +
        ' — spec.ports[0] already exposes TCP port 12345; use another port number',
      text: 'name: r\n    port: 12345\n    protocol: TCP\n    targetPort: 80',
    },
  ]);
});

test('port-duplicate: missing ports are 0 and collide too; the key keeps an unsupported protocol verbatim', () => {
  const yaml = service('  ports:\n  - {name: a}\n  - {name: b}\n  - {name: c, port: 5, protocol: "t\\"cp"}\n  - {name: d, port: 5, protocol: "t\\"cp"}');
  assert.deepEqual(
    runRule(portDuplicate, yaml).map((h) => h.message.split(' — ')[0]),
    [`spec.ports[1]: Duplicate value: ${key('TCP', 0)}`, `spec.ports[3]: Duplicate value: ${key('t\\"cp', 5)}`],
  );
});
