import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressTlsHost } from './check';
import { fieldsOf, ingress, runRule } from '../../../../../test/unit/rules/rule-harness';

test('ingress-tls-host: DNS names and one leading wildcard are fine', () => {
  assert.deepEqual(runRule(ingressTlsHost, ingress('  tls:\n  - hosts: [shop.example.com, "*.example.com"]')), []);
});

test('ingress-tls-host: each bad host, at its index', () => {
  const yaml = ingress('  tls:\n  - hosts: [ok.example.com, Shop.Example.com]\n  - hosts: ["*.*.example.com"]');
  assert.deepEqual(fieldsOf(ingressTlsHost, yaml), [
    ['spec.tls[0].hosts[1]', 'Invalid'],
    ['spec.tls[1].hosts[0]', 'Invalid'],
  ]);
  assert.equal(runRule(ingressTlsHost, yaml)[0].text, 'Shop.Example.com');
  assert.match(runRule(ingressTlsHost, yaml)[1].message, /a wildcard DNS-1123 subdomain must start with/);
});
