import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalName } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start " +
  "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is " +
  "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const USE_DNS = 'use a lowercase DNS name such as db.example.com (letters, digits, - and .)';
const SET_NAME = 'set externalName to the DNS name this Service is an alias for, e.g. db.example.com';

/** The text after `field: Invalid value: "…": ` and before the advice. */
function detailOf(message: string): string {
  return message.split(': ').slice(3).join(': ').split(' — ')[0];
}

function externalService(name: string): string {
  return service(`  type: ExternalName\n  externalName: ${name}`);
}

test('external-name: DNS names, one trailing dot, a leading digit and an IP address are fine', () => {
  for (const name of ['foo.bar.example.com', 'foo.bar.example.com.', '1db.example', '1.2.3.4', 'db']) {
    assert.deepEqual(runRule(externalName, externalService(name)), [], name);
  }
});

test('external-name: a missing externalName is Required, reported on the spec', () => {
  const yaml = service('  type: ExternalName');
  assert.deepEqual(runRule(externalName, yaml), [
    {
      field: 'spec.externalName',
      type: 'Required',
      message: `spec.externalName: Required value — ${SET_NAME}`,
      text: 'type: ExternalName',
    },
  ]);
});

test('external-name: empty, null and a lone dot are Required, reported on the entry', () => {
  for (const [name, text] of [
    ['""', 'externalName: ""'],
    ['~', 'externalName: ~'],
    ['"."', 'externalName: "."'],
  ]) {
    assert.deepEqual(
      runRule(externalName, externalService(name)).map((h) => [h.field, h.type, h.text]),
      [['spec.externalName', 'Required', text]],
      name,
    );
  }
});

test('external-name: not a DNS subdomain (upstream "-123")', () => {
  assert.deepEqual(runRule(externalName, externalService('"-123"')), [
    {
      field: 'spec.externalName',
      type: 'Invalid',
      message: `spec.externalName: Invalid value: "-123": ${SUBDOMAIN_MSG} — ${USE_DNS}`,
      text: '"-123"',
    },
  ]);
});

test('external-name: must be lowercase; the value shown is the name without its trailing dot', () => {
  assert.deepEqual(
    runRule(externalName, externalService('Db.Example.COM.')).map((h) => [h.message.split(': ')[2], h.text]),
    [['"Db.Example.COM"', 'Db.Example.COM.']],
  );
});

test('external-name: only one trailing dot is removed', () => {
  assert.deepEqual(
    runRule(externalName, externalService('db.example..')).map((h) => h.message.split(' — ')[0]),
    [`spec.externalName: Invalid value: "db.example.": ${SUBDOMAIN_MSG}`],
  );
});

test('external-name: one Invalid error per message, the length first', () => {
  const long = `${'a'.repeat(250)}.Com`;
  assert.deepEqual(
    runRule(externalName, externalService(long)).map((h) => detailOf(h.message)),
    ['must be no more than 253 characters', SUBDOMAIN_MSG],
  );
  const longButValid = `${'a'.repeat(63)}.`.repeat(4).slice(0, 254);
  assert.equal(runRule(externalName, externalService(longButValid)).length, 1);
});

test('external-name: other types ignore externalName; a non-string name is left to the decoder', () => {
  assert.deepEqual(runRule(externalName, service('  externalName: "-123"\n  ports:\n  - port: 80')), []);
  assert.deepEqual(runRule(externalName, service('  type: externalname\n  externalName: "-123"')), []);
  assert.deepEqual(runRule(externalName, externalService('5')), []);
});
