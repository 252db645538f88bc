import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portsRequired } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const ADVICE = 'list at least one port, or make the Service headless with `clusterIP: None`';

test('ports-required: a Service with a port is fine', () => {
  assert.deepEqual(runRule(portsRequired, service('  ports:\n  - port: 80')), []);
});

test('ports-required: no ports at all is reported on the spec map', () => {
  assert.deepEqual(runRule(portsRequired, service('  selector:\n    app: web')), [
    {
      field: 'spec.ports',
      type: 'Required',
      message: `spec.ports: Required value — ${ADVICE}`,
      text: 'selector:\n    app: web',
    },
  ]);
});

test('ports-required: an empty or null list is reported on the ports entry', () => {
  assert.deepEqual(
    runRule(portsRequired, service('  ports: []')).map((h) => h.text),
    ['ports: []'],
  );
  assert.deepEqual(
    runRule(portsRequired, service('  ports:\n  type: NodePort')).map((h) => h.text),
    ['ports:'],
  );
});

test('ports-required: a Service without a spec is reported on the whole object', () => {
  const yaml = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
  const hits = runRule(portsRequired, yaml);
  assert.equal(hits.length, 1);
  assert.equal(hits[0].field, 'spec.ports');
  assert.equal(hits[0].text, yaml.trimEnd());
});

test('ports-required: headless and ExternalName Services may have no ports', () => {
  assert.deepEqual(runRule(portsRequired, service('  clusterIP: None')), []);
  assert.deepEqual(runRule(portsRequired, service('  clusterIPs: [None]')), []);
  assert.deepEqual(runRule(portsRequired, service('  type: ExternalName\n  externalName: db.example.com')), []);
});

test('ports-required: a dual-stack headless list is not headless, so ports are required', () => {
  // isHeadlessService wants clusterIPs == ["None"] exactly.
  assert.equal(runRule(portsRequired, service('  clusterIPs: [None, "::1"]')).length, 1);
});

test('ports-required: silent when ports has a type the decoder refuses', () => {
  assert.deepEqual(runRule(portsRequired, service('  ports: 80')), []);
  assert.deepEqual(runRule(portsRequired, service('  ports: {port: 80}')), []);
});

test('ports-required: a null spec points at the spec entry', () => {
  const yaml = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n';
  assert.deepEqual(runRule(portsRequired, yaml).map((h) => h.text), ['spec:']);
});
