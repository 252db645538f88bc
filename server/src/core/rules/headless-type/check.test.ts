import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlessType } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('headless-type: a headless ClusterIP Service and non-headless LoadBalancer/NodePort Services are fine', () => {
  assert.deepEqual(runRule(headlessType, service(`  clusterIP: None\n${PORTS}`)), []);
  assert.deepEqual(runRule(headlessType, service(`  type: ClusterIP\n  clusterIP: None\n${PORTS}`)), []);
  assert.deepEqual(runRule(headlessType, service(`  type: LoadBalancer\n${PORTS}`)), []);
  assert.deepEqual(runRule(headlessType, service(`  type: NodePort\n  clusterIP: 10.0.0.1\n${PORTS}`)), []);
});

test('headless-type: LoadBalancer + clusterIP: None is reported at clusterIPs[0], on clusterIP', () => {
  assert.deepEqual(runRule(headlessType, service(`  type: LoadBalancer\n  clusterIP: None\n${PORTS}`)), [
    {
      field: 'spec.clusterIPs[0]',
      type: 'Invalid',
      message:
        "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services — " +
        'remove clusterIP: None, or make the Service a ClusterIP Service to keep it headless',
      text: 'None',
    },
  ]);
});

test('headless-type: a NodePort with clusterIPs: [None] is reported on the list item', () => {
  const yaml = service(`  type: NodePort\n  clusterIP: None\n  clusterIPs:\n  - "None"\n${PORTS}`);
  assert.deepEqual(
    runRule(headlessType, yaml).map((h) => [h.field, h.text, h.message.split(' — ')[0]]),
    [
      [
        'spec.clusterIPs[0]',
        '"None"',
        "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services",
      ],
    ],
  );
});

test('headless-type: clusterIPs alone makes the Service headless too (upstream looks at clusterIPs only)', () => {
  assert.deepEqual(fieldsOf(headlessType, service(`  type: LoadBalancer\n  clusterIPs: [None]\n${PORTS}`)), [
    ['spec.clusterIPs[0]', 'Invalid'],
  ]);
});

test('headless-type: None with a second entry is not headless; an unknown type is not checked', () => {
  const notHeadless = `  type: LoadBalancer\n  clusterIP: None\n  clusterIPs: [None, 10.0.0.1]\n${PORTS}`;
  assert.deepEqual(runRule(headlessType, service(notHeadless)), []);
  assert.deepEqual(runRule(headlessType, service(`  type: loadbalancer\n  clusterIP: None\n${PORTS}`)), []);
  assert.deepEqual(runRule(headlessType, service(`  type: ExternalName\n  clusterIP: None\n  externalName: a.b`)), []);
});
