import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed } from '../../../../../test/unit/fixes/fix-harness';

test('endpoints-port-protocol: tcp → TCP', () => {
  const text =
    'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\nsubsets:\n- addresses:\n  - ip: 10.1.2.3\n  ports:\n  - port: 8080\n    protocol: tcp\n';
  assert.equal(fixed(text, 'endpoints-port-protocol'), text.replace('tcp', 'TCP'));
});
