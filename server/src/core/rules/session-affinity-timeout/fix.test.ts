import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('session-affinity-timeout: clamped to 1..86400', () => {
  const base = (seconds: string) =>
    service(`  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: ${seconds}\n  ports:\n  - port: 80\n`);
  assert.deepEqual(fixTitles(base('100000'), 'session-affinity-timeout'), ['Set timeoutSeconds to 86400 (the maximum)']);
  assert.equal(fixed(base('100000'), 'session-affinity-timeout'), base('86400'));
  assert.equal(fixed(base('0'), 'session-affinity-timeout'), base('1'));
  assert.equal(fixed(base('-5'), 'session-affinity-timeout'), base('1'));
});
