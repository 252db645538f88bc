import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalNameForbiddenFields } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const EXTERNAL = '  type: ExternalName\n  externalName: foo.bar.example.com';
const NO_IP = 'remove clusterIP and clusterIPs: an ExternalName Service has no cluster IP';

test('external-name-forbidden-fields: a plain ExternalName Service, with ports and a selector, is fine', () => {
  assert.deepEqual(runRule(externalNameForbiddenFields, service(EXTERNAL)), []);
  const tolerated = `${EXTERNAL}\n  ports:\n  - port: 80\n  selector:\n    app: x\n  internalTrafficPolicy: Cluster`;
  assert.deepEqual(runRule(externalNameForbiddenFields, service(tolerated)), []);
});

test('external-name-forbidden-fields: empty values count as unset', () => {
  const empties = `${EXTERNAL}\n  clusterIP: ""\n  clusterIPs: []\n  ipFamilies: []\n  ipFamilyPolicy: ~`;
  assert.deepEqual(runRule(externalNameForbiddenFields, service(empties)), []);
});

test('external-name-forbidden-fields: clusterIP alone is copied into clusterIPs and refused there', () => {
  assert.deepEqual(runRule(externalNameForbiddenFields, service(`${EXTERNAL}\n  clusterIP: 1.2.3.4`)), [
    {
      field: 'spec.clusterIPs',
      type: 'Forbidden',
      message: `spec.clusterIPs: Forbidden: may not be set for ExternalName services — ${NO_IP}`,
      text: 'clusterIP: 1.2.3.4',
    },
  ]);
});

test('external-name-forbidden-fields: even clusterIP: None is refused', () => {
  assert.deepEqual(
    runRule(externalNameForbiddenFields, service(`${EXTERNAL}\n  clusterIP: None`)).map((h) => [h.field, h.text]),
    [['spec.clusterIPs', 'clusterIP: None']],
  );
});

test('external-name-forbidden-fields: a written clusterIPs is reported on its own entry', () => {
  const yaml = service(`${EXTERNAL}\n  clusterIP: None\n  clusterIPs: [None]`);
  assert.deepEqual(
    runRule(externalNameForbiddenFields, yaml).map((h) => [h.field, h.text]),
    [['spec.clusterIPs', 'clusterIPs: [None]']],
  );
});

test('external-name-forbidden-fields: ipFamilies and ipFamilyPolicy, in upstream order', () => {
  const yaml = service(`${EXTERNAL}\n  ipFamilyPolicy: SingleStack\n  ipFamilies:\n  - IPv4\n  clusterIP: 1.2.3.4`);
  assert.deepEqual(runRule(externalNameForbiddenFields, yaml), [
    {
      field: 'spec.clusterIPs',
      type: 'Forbidden',
      message: `spec.clusterIPs: Forbidden: may not be set for ExternalName services — ${NO_IP}`,
      text: 'clusterIP: 1.2.3.4',
    },
    {
      field: 'spec.ipFamilies',
      type: 'Forbidden',
      message:
        'spec.ipFamilies: Forbidden: may not be set for ExternalName services — ' +
        'remove ipFamilies: an ExternalName Service has no IP family',
      text: 'ipFamilies:\n  - IPv4',
    },
    {
      field: 'spec.ipFamilyPolicy',
      type: 'Forbidden',
      message:
        'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services — ' +
        'remove ipFamilyPolicy: an ExternalName Service has no IP family',
      text: 'ipFamilyPolicy: SingleStack',
    },
  ]);
});

test('external-name-forbidden-fields: an empty-string policy is a set pointer, so it is refused', () => {
  assert.deepEqual(
    runRule(externalNameForbiddenFields, service(`${EXTERNAL}\n  ipFamilyPolicy: ""`)).map((h) => h.field),
    ['spec.ipFamilyPolicy'],
  );
});

test('external-name-forbidden-fields: other types and the wrong-case type are not checked', () => {
  const fields = '  clusterIP: 1.2.3.4\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n  ports:\n  - port: 80';
  assert.deepEqual(runRule(externalNameForbiddenFields, service(fields)), []);
  assert.deepEqual(runRule(externalNameForbiddenFields, service(`  type: externalName\n${fields}`)), []);
});

test('external-name-forbidden-fields: silent when the decoder would refuse one of the fields', () => {
  const refused = service(`${EXTERNAL}\n  clusterIP: 1.2.3.4\n  ipFamilies: IPv4`);
  assert.deepEqual(runRule(externalNameForbiddenFields, refused), []);
});
