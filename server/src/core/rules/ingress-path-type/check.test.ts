import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressPathType } from './check';
import { ingressPath, runRule } from '../../../../../test/unit/rules/rule-harness';

const withType = (type: string) => ingressPath(`path: /\n        pathType: ${type}\n        backend: {service: {name: web, port: {number: 80}}}`);

test('ingress-path-type: the three supported types are fine', () => {
  for (const type of ['Prefix', 'Exact', 'ImplementationSpecific']) assert.deepEqual(runRule(ingressPathType, withType(type)), []);
});

test('ingress-path-type: required in networking.k8s.io/v1', () => {
  const yaml = ingressPath('path: /\n        backend: {service: {name: web, port: {number: 80}}}');
  assert.deepEqual(runRule(ingressPathType, yaml).map((h) => h.message), [
    'spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified — networking.k8s.io/v1 has no default: add pathType: Prefix (or Exact, ImplementationSpecific)',
  ]);
  assert.equal(runRule(ingressPathType, withType('null')).length, 1);
});

test('ingress-path-type: case-sensitive, with the API server\'s sorted list', () => {
  assert.deepEqual(runRule(ingressPathType, withType('prefix')), [
    {
      field: 'spec.rules[0].http.paths[0].pathType',
      type: 'NotSupported',
      message:
        'spec.rules[0].http.paths[0].pathType: Unsupported value: "prefix": supported values: "Exact",' +
        ' "ImplementationSpecific", "Prefix" — write \'Prefix\': the pathType is case-sensitive',
      text: 'prefix',
    },
  ]);
  assert.match(runRule(ingressPathType, withType('Regex'))[0].message, /use Prefix, Exact or ImplementationSpecific$/);
});
