import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressPath as ingressPathRule } from './check';
import { ingressPath, runRule } from '../../../../../test/unit/rules/rule-harness';

const path = (type: string, value: string) =>
  ingressPath(`path: ${JSON.stringify(value)}\n        pathType: ${type}\n        backend: {service: {name: web, port: {number: 80}}}`);
const details = (type: string, value: string) => runRule(ingressPathRule, path(type, value)).map((h) => h.message.split(': ').slice(3).join(': '));

test('ingress-path: Prefix and Exact paths are absolute and normalised (upstream TestValidateIngressRuleValue)', () => {
  assert.deepEqual(details('Prefix', '/foo/bar/foo'), []);
  assert.deepEqual(details('Exact', 'foo'), ['must be an absolute path — start the path with /']);
  assert.deepEqual(details('Prefix', ''), ['must be an absolute path — start the path with /']);
  const normal = ' — write the path in its normal form: no empty, . or .. segments and no encoded /';
  assert.deepEqual(details('Prefix', '/foo//bar/foo'), [`must not contain '//'${normal}`]);
  assert.deepEqual(details('Exact', '/foo/../foo'), [`must not contain '/../'${normal}`]);
  assert.deepEqual(details('Prefix', '/foo/%2f/foo'), [`must not contain '%2f'${normal}`]);
  assert.deepEqual(details('Exact', '/foo/.'), [`cannot end with '/.'${normal}`]);
});

test('ingress-path: an ImplementationSpecific path may be empty or irregular, but not relative', () => {
  assert.deepEqual(details('ImplementationSpecific', ''), []);
  assert.deepEqual(details('ImplementationSpecific', '/foo//bar/([a-z0-9]*)['), []);
  assert.deepEqual(runRule(ingressPathRule, path('ImplementationSpecific', 'foo')), [
    {
      field: 'spec.rules[0].http.paths[0].path',
      type: 'Invalid',
      message: 'spec.rules[0].http.paths[0].path: Invalid value: "foo": must be an absolute path — start the path with /',
      text: '"foo"',
    },
  ]);
});

test('ingress-path: a path with no or an unsupported pathType is left to ingress-path-type', () => {
  assert.deepEqual(details('prefix', 'foo'), []);
  assert.deepEqual(runRule(ingressPathRule, ingressPath('path: foo')), []);
});
