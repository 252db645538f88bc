import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyQuickFix, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('external-name-forbidden-fields: clusterIP(s), ipFamilies and ipFamilyPolicy go', () => {
  const text = service('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: None\n  clusterIPs: [None]\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n');
  assert.deepEqual(fixTitles(text, 'external-name-forbidden-fields'), [
    'Remove clusterIP and clusterIPs',
    'Remove ipFamilies',
    'Remove ipFamilyPolicy',
  ]);
  const out = applyQuickFix(text, 'external-name-forbidden-fields', 'Remove clusterIP and clusterIPs');
  assert.equal(out, service('  type: ExternalName\n  externalName: db.example.com\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n'));
});
