import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serviceType } from './check';
import { PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const SUPPORTED = 'supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"';

test('service-type: the four types, an absent type and an empty one (defaulted to ClusterIP) are fine', () => {
  for (const type of ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', '""', '~']) {
    assert.deepEqual(runRule(serviceType, service(`  type: ${type}\n${PORTS}`)), [], type);
  }
  assert.deepEqual(runRule(serviceType, service(PORTS)), []);
});

test('service-type: the type is case-sensitive and the finding offers the right spelling', () => {
  assert.deepEqual(runRule(serviceType, service(`  type: nodeport\n${PORTS}`)), [
    {
      field: 'spec.type',
      type: 'NotSupported',
      message:
        `spec.type: Unsupported value: "nodeport": ${SUPPORTED} — ` + "write 'NodePort': the type is case-sensitive",
      text: 'nodeport',
    },
  ]);
});

test('service-type: an unknown type lists the supported ones', () => {
  assert.deepEqual(runRule(serviceType, service(`  type: "Headless"\n${PORTS}`)), [
    {
      field: 'spec.type',
      type: 'NotSupported',
      message:
        `spec.type: Unsupported value: "Headless": ${SUPPORTED} — ` +
        'use ClusterIP, NodePort, LoadBalancer or ExternalName',
      text: '"Headless"',
    },
  ]);
});

test('service-type: a type the decoder refuses (not a string) is left to the decoding rules', () => {
  assert.deepEqual(runRule(serviceType, service(`  type: 1\n${PORTS}`)), []);
  assert.deepEqual(runRule(serviceType, service(`  type: [ClusterIP]\n${PORTS}`)), []);
  assert.deepEqual(runRule(serviceType, service(`  type: true\n${PORTS}`)), []);
});

test('service-type: not applied to other API groups', () => {
  const knative = 'apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  type: Whatever\n';
  assert.deepEqual(runRule(serviceType, knative), []);
});
