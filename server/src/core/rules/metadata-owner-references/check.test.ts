import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataOwnerReferences } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const owned = (...refs: string[]) =>
  service(PORTS, `  name: web\n  ownerReferences:\n${refs.map((r) => `  - ${r}`).join('\n')}`);

test('metadata-owner-references: complete references are fine, a single controller too', () => {
  assert.deepEqual(
    runRule(
      metadataOwnerReferences,
      owned('{apiVersion: apps/v1, kind: Deployment, name: web, uid: "1", controller: true}', '{apiVersion: v1, kind: Pod, name: p, uid: "2"}'),
    ),
    [],
  );
});

test('metadata-owner-references: missing version, kind, name and uid are Invalid on unindexed paths', () => {
  assert.deepEqual(fieldsOf(metadataOwnerReferences, owned('{apiVersion: "a/b/c", kind: "", name: "", uid: ""}')), [
    ['metadata.ownerReferences.apiVersion', 'Invalid'],
    ['metadata.ownerReferences.kind', 'Invalid'],
    ['metadata.ownerReferences.name', 'Invalid'],
    ['metadata.ownerReferences.uid', 'Invalid'],
  ]);
  assert.deepEqual(
    runRule(metadataOwnerReferences, owned('{apiVersion: "apps/", kind: D, name: x, uid: "1"}')).map((h) => h.message.split(' — ')[0]),
    ['metadata.ownerReferences.apiVersion: Invalid value: "apps/": version must not be empty'],
  );
});

test('metadata-owner-references: a v1 Event may not be an owner', () => {
  assert.deepEqual(
    runRule(metadataOwnerReferences, owned('{apiVersion: v1, kind: Event, name: e, uid: "1"}')).map((h) => h.message.split(' — ')[0]),
    ['metadata.ownerReferences: Invalid value: /v1, Kind=Event is disallowed from being an owner'],
  );
  assert.deepEqual(runRule(metadataOwnerReferences, owned('{apiVersion: events.k8s.io/v1, kind: Event, name: e, uid: "1"}')), []);
});

test('metadata-owner-references: a second controller is Invalid, naming both', () => {
  assert.deepEqual(
    runRule(
      metadataOwnerReferences,
      owned(
        '{apiVersion: v1, kind: A, name: a, uid: "1", controller: true}',
        '{apiVersion: v1, kind: B, name: b, uid: "2", controller: true}',
      ),
    ).map((h) => h.message.split(' — ')[0]),
    ['metadata.ownerReferences: Invalid value: Only one reference can have Controller set to true. Found "true" in references for A/a and B/b'],
  );
});

test('metadata-owner-references: a reference with a field of the wrong type is left to the decoder', () => {
  assert.deepEqual(runRule(metadataOwnerReferences, owned('{apiVersion: v1, kind: Pod, name: 5, uid: ""}')), []);
});
