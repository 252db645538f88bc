import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metadataFinalizers } from './check';
import { fieldsOf, PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

const meta = (finalizers: string) => service(PORTS, `  name: web\n  finalizers: ${finalizers}`);

test('metadata-finalizers: standard and domain-qualified finalizers are fine', () => {
  assert.deepEqual(runRule(metadataFinalizers, meta('[kubernetes, orphan, service.kubernetes.io/load-balancer-cleanup]')), []);
  assert.deepEqual(runRule(metadataFinalizers, meta('[foregroundDeletion]')), []);
});

test('metadata-finalizers: a name without a domain that is not standard is Invalid at its index', () => {
  assert.deepEqual(runRule(metadataFinalizers, meta('[example.com/a, cleanup]')), [
    {
      field: 'metadata.finalizers[1]',
      type: 'Invalid',
      message:
        'metadata.finalizers[1]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified — a finalizer is a qualified name with a domain prefix, e.g. example.com/cleanup',
      text: 'cleanup',
    },
  ]);
});

test('metadata-finalizers: a name that is not a qualified name is Invalid on the list (no index)', () => {
  assert.deepEqual(fieldsOf(metadataFinalizers, meta('["a/b/c"]')), [['metadata.finalizers', 'Invalid']]);
  assert.deepEqual(fieldsOf(metadataFinalizers, meta('["example.com/-x"]')), [['metadata.finalizers', 'Invalid']]);
  // Not qualified and without "/": both checks refuse it.
  assert.deepEqual(fieldsOf(metadataFinalizers, meta('["bad name"]')), [
    ['metadata.finalizers', 'Invalid'],
    ['metadata.finalizers[0]', 'Invalid'],
  ]);
});

test('metadata-finalizers: orphan and foregroundDeletion together conflict', () => {
  assert.deepEqual(
    runRule(metadataFinalizers, meta('[orphan, foregroundDeletion]')).map((h) => h.message.split(' — ')[0]),
    ['metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set'],
  );
});

test('metadata-finalizers: items of the wrong type are left to the decoder', () => {
  assert.deepEqual(runRule(metadataFinalizers, meta('[1, {a: b}]')), []);
});
