import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionAffinityTimeout } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function clientIP(config: string): string {
  return service(`  ports:\n  - port: 80\n  sessionAffinity: ClientIP\n${config}`);
}

function timeout(seconds: string): string {
  return clientIP(`  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: ${seconds}`);
}

test('session-affinity-timeout: 1 and 86400 (inclusive) are accepted', () => {
  assert.deepEqual(runRule(sessionAffinityTimeout, timeout('1')), []);
  assert.deepEqual(runRule(sessionAffinityTimeout, timeout('86400')), []);
});

test('session-affinity-timeout: a missing config, clientIP or timeout is defaulted to 10800', () => {
  assert.deepEqual(runRule(sessionAffinityTimeout, clientIP('')), []);
  assert.deepEqual(runRule(sessionAffinityTimeout, clientIP('  sessionAffinityConfig: {}')), []);
  assert.deepEqual(runRule(sessionAffinityTimeout, clientIP('  sessionAffinityConfig:\n    clientIP: {}')), []);
  assert.deepEqual(runRule(sessionAffinityTimeout, timeout('~')), []);
});

test('session-affinity-timeout: more than a day is Invalid on the value', () => {
  assert.deepEqual(runRule(sessionAffinityTimeout, timeout('86401')), [
    {
      field: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
      type: 'Invalid',
      message:
        'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400 — use a timeout from 1 to 86400 seconds, or leave it out for the default of 10800 (3 hours)',
      text: '86401',
    },
  ]);
});

test('session-affinity-timeout: zero and negative values are Invalid (0 is set, not defaulted)', () => {
  for (const value of ['0', '-1']) {
    const hits = runRule(sessionAffinityTimeout, timeout(value));
    assert.deepEqual(
      hits.map((h) => [h.field, h.type, h.text]),
      [['spec.sessionAffinityConfig.clientIP.timeoutSeconds', 'Invalid', value]],
    );
  }
});

test('session-affinity-timeout: not checked when affinity is None, empty or unknown (None clears the config)', () => {
  const config = '  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 0';
  for (const affinity of ['None', '""', 'Sticky']) {
    const yaml = service(`  ports:\n  - port: 80\n  sessionAffinity: ${affinity}\n${config}`);
    assert.deepEqual(runRule(sessionAffinityTimeout, yaml), [], affinity);
  }
  assert.deepEqual(runRule(sessionAffinityTimeout, service(`  ports:\n  - port: 80\n${config}`)), []);
});

test('session-affinity-timeout: a string or an out-of-int32 number is left to the decoder', () => {
  assert.deepEqual(runRule(sessionAffinityTimeout, timeout('"0"')), []);
  assert.deepEqual(runRule(sessionAffinityTimeout, timeout('4294967296')), []);
});
