import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portNameDuplicate } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('port-name-duplicate: distinct names are fine', () => {
  const yaml = service('  ports:\n  - name: http\n    port: 80\n  - name: https\n    port: 443');
  assert.deepEqual(runRule(portNameDuplicate, yaml), []);
});

test('port-name-duplicate: a repeated name is reported on the later name (upstream "dup port name")', () => {
  const yaml = service('  ports:\n  - name: p\n    port: 8080\n  - name: p\n    port: 12345\n    targetPort: 12345');
  assert.deepEqual(runRule(portNameDuplicate, yaml), [
    {
      field: 'spec.ports[1].name',
      type: 'Duplicate',
      message: 'spec.ports[1].name: Duplicate value: "p" — spec.ports[0] already has this name; give every port its own name',
      text: 'p',
    },
  ]);
});

test('port-name-duplicate: every repeat is reported, invalid names count, case matters', () => {
  const yaml = service(
    '  ports:\n  - name: Web\n    port: 1\n  - name: web\n    port: 2\n  - name: Web\n    port: 3\n  - name: Web\n    port: 4',
  );
  assert.deepEqual(
    runRule(portNameDuplicate, yaml).map((h) => h.field),
    ['spec.ports[2].name', 'spec.ports[3].name'],
  );
});

test('port-name-duplicate: empty names are never duplicates (they are Required instead)', () => {
  const yaml = service('  ports:\n  - name: ""\n    port: 1\n  - port: 2\n  - name:\n    port: 3');
  assert.deepEqual(runRule(portNameDuplicate, yaml), []);
});
