import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataGeneration } from './check';
import { fieldsOf, ingress, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('metadata-generation: absent, zero or positive is fine', () => {
  assert.deepEqual(runRule(metadataGeneration, service(PORTS)), []);
  assert.deepEqual(runRule(metadataGeneration, service(PORTS, '  name: web\n  generation: 0')), []);
  assert.deepEqual(runRule(metadataGeneration, service(PORTS, '  name: web\n  generation: 7')), []);
});

test('metadata-generation: a negative generation is Invalid (ValidateNonnegativeField)', () => {
  assert.deepEqual(runRule(metadataGeneration, service(PORTS, '  name: web\n  generation: -1')), [
    {
      field: 'metadata.generation',
      type: 'Invalid',
      message:
        'metadata.generation: Invalid value: -1: must be greater than or equal to 0 — remove metadata.generation: the API server maintains it',
      text: '-1',
    },
  ]);
});

test('metadata-generation: Endpoints too; a generation of the wrong type is left to the decoder', () => {
  const yaml = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  generation: -3\nsubsets: []\n';
  assert.deepEqual(fieldsOf(metadataGeneration, yaml), [['metadata.generation', 'Invalid']]);
  assert.deepEqual(runRule(metadataGeneration, service(PORTS, '  name: web\n  generation: "-1"')), []);
});

test('metadata-generation: not an Ingress, whose create strategy sets the generation to 1 before validating', () => {
  assert.deepEqual(runRule(metadataGeneration, ingress('  rules:\n  - host: a.example.com', '  name: shop\n  generation: -1')), []);
});
