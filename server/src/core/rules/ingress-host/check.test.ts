import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressHost } from './check';
import { fieldsOf, ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

const host = (value: string) => ingress(`  rules:\n  - host: ${JSON.stringify(value)}`);

test('ingress-host: DNS names, one leading wildcard and no host are fine (upstream TestValidateIngress)', () => {
  for (const value of ['foo.bar.com', '*.bar.com', '']) assert.deepEqual(runRule(ingressHost, host(value)), [], value);
});

test('ingress-host: an IP address is refused: its digits and dots would pass as a subdomain', () => {
  assert.deepEqual(runRule(ingressHost, host('127.0.0.1')).map((h) => h.message.split(' — ')[0]), [
    'spec.rules[0].host: Invalid value: "127.0.0.1": must be a DNS name, not an IP address',
  ]);
});

test('ingress-host: a port, a wildcard elsewhere or a bare * is refused', () => {
  assert.deepEqual(fieldsOf(ingressHost, host('foobar:80')), [['spec.rules[0].host', 'Invalid']]);
  assert.deepEqual(runRule(ingressHost, host('foo.*.bar.com')), [
    {
      field: 'spec.rules[0].host',
      type: 'Invalid',
      message:
        'spec.rules[0].host: Invalid value: "foo.*.bar.com": a wildcard DNS-1123 subdomain must start with \'*.\',' +
        " followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and" +
        " end with an alphanumeric character (e.g. '*.example.com', regex used for validation is" +
        " '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" +
        ' — a lowercase DNS name without port or path, e.g. shop.example.com or *.example.com',
      text: '"foo.*.bar.com"',
    },
  ]);
  assert.equal(runRule(ingressHost, host('*')).length, 1);
});
