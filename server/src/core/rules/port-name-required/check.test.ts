import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portNameRequired } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('port-name-required: a single unnamed port is fine', () => {
  assert.deepEqual(runRule(portNameRequired, service('  ports:\n  - port: 80')), []);
});

test('port-name-required: the unnamed port of a two-port Service is reported on its item', () => {
  const yaml = service('  ports:\n  - name: http\n    port: 80\n  - port: 443\n    targetPort: 8443');
  assert.deepEqual(runRule(portNameRequired, yaml), [
    {
      field: 'spec.ports[1].name',
      type: 'Required',
      message: 'spec.ports[1].name: Required value — a Service with more than one port must name every port',
      text: 'port: 443\n    targetPort: 8443',
    },
  ]);
});

test('port-name-required: empty and null names count as missing', () => {
  const yaml = service('  ports:\n  - name: ""\n    port: 80\n  - name:\n    port: 81');
  assert.deepEqual(
    runRule(portNameRequired, yaml).map((h) => h.field),
    ['spec.ports[0].name', 'spec.ports[1].name'],
  );
});

test('port-name-required: not applied to other kinds or API groups', () => {
  const knative = 'apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  ports:\n  - port: 1\n  - port: 2\n';
  assert.deepEqual(runRule(portNameRequired, knative), []);
});
