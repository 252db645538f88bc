import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed } from '../../../../../test/unit/fixes/fix-harness';

test('endpoints-port-name: an invalid name is repaired like a Service port name', () => {
  const text =
    'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\nsubsets:\n- addresses:\n  - ip: 10.1.2.3\n  ports:\n  - {name: Web_UI, port: 8080}\n  - {name: metrics, port: 9090}\n';
  assert.equal(fixed(text, 'endpoints-port-name'), text.replace('Web_UI', 'web-ui'));
});
