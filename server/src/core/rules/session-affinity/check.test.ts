import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionAffinity } from './check';
import { PORTS, runRule, service } from '../../../../../test/unit/rules/rule-harness';

test('session-affinity: ClientIP, None, empty and absent are accepted', () => {
  for (const value of ['ClientIP', 'None', '""', '~']) {
    assert.deepEqual(runRule(sessionAffinity, service(`${PORTS}\n  sessionAffinity: ${value}`)), [], value);
  }
  assert.deepEqual(runRule(sessionAffinity, service(PORTS)), []);
});

test('session-affinity: an unknown value is NotSupported, with the sorted list', () => {
  assert.deepEqual(runRule(sessionAffinity, service(`${PORTS}\n  sessionAffinity: Sticky`)), [
    {
      field: 'spec.sessionAffinity',
      type: 'NotSupported',
      message:
        'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None" — use ClientIP for sticky sessions or None (the default); the value is case-sensitive',
      text: 'Sticky',
    },
  ]);
});

test('session-affinity: the value is case-sensitive', () => {
  const hits = runRule(sessionAffinity, service(`${PORTS}\n  sessionAffinity: clientip`));
  assert.deepEqual(
    hits.map((h) => [h.field, h.type, h.text]),
    [['spec.sessionAffinity', 'NotSupported', 'clientip']],
  );
});

test('session-affinity: a non-string value is left to the decoder', () => {
  assert.deepEqual(runRule(sessionAffinity, service(`${PORTS}\n  sessionAffinity: 1`)), []);
});
