import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RESTARTED_NOTICE_MS, ServerHealth } from '../../client/src/server-health';

test('a crash is restarted quietly up to 4 times in 3 minutes; the 5th stops it with one message', () => {
  let clock = 0;
  const health = new ServerHealth(() => clock);
  assert.equal(MAX_RESTARTS, 4);
  assert.equal(RESTART_WINDOW_MS, 180_000);
  assert.deepEqual(health.view(), {
    text: 'kube-svc',
    tooltip: 'The kube-svc language server is running. Click to show its output.',
    tone: 'normal',
  });
  for (let i = 0; i < 4; i++) {
    clock += 10_000;
    assert.deepEqual(health.closed(), { restart: true }, `crash ${i + 1}`);
  }
  clock += 10_000;
  const fifth = health.closed();
  assert.equal(fifth.restart, false);
  assert.match(fifth.restart ? '' : fifth.message, /crashed 5 times in 3 minutes and was not restarted/);
  assert.deepEqual(health.view().text, '$(error) kube-svc stopped');
  assert.equal(health.view().tone, 'error');
  assert.equal(health.isStopped, true);
});

test('crashes older than the window do not count: a server that crashes now and then keeps being restarted', () => {
  let clock = 0;
  const health = new ServerHealth(() => clock);
  for (let i = 0; i < 20; i++) {
    clock += 60_000;
    assert.deepEqual(health.closed(), { restart: true }, `crash ${i + 1}, a minute apart`);
  }
});

test('the status says "restarted" for a while after a restart, then goes back to normal', () => {
  let clock = 1_000;
  const health = new ServerHealth(() => clock);
  assert.equal(health.noticeLeft(), undefined);
  health.closed();
  assert.equal(health.view().text, '$(warning) kube-svc restarted');
  assert.equal(health.view().tone, 'warning');
  assert.match(health.view().tooltip, /restarted \(once so far\)/);
  assert.equal(health.noticeLeft(), RESTARTED_NOTICE_MS);
  clock += RESTARTED_NOTICE_MS - 1;
  assert.equal(health.noticeLeft(), 1);
  clock += 1;
  assert.equal(health.noticeLeft(), undefined);
  assert.equal(health.view().text, 'kube-svc');
  health.closed();
  assert.match(health.view().tooltip, /2 times so far/);
});

test('a restart by hand after giving up starts with a fresh crash budget', () => {
  const clock = 0;
  const health = new ServerHealth(() => clock);
  for (let i = 0; i < 5; i++) health.closed();
  assert.equal(health.isStopped, true);
  health.reset();
  assert.equal(health.view().text, 'kube-svc');
  for (let i = 0; i < 4; i++) assert.deepEqual(health.closed(), { restart: true });
  assert.match(health.gaveUp(), /stopped after repeated connection errors/);
  assert.equal(health.view().text, '$(error) kube-svc stopped');
});

test('the extension gives the client the crash handling: its error handler, its output channel, never revealed', () => {
  const source = readFileSync(path.resolve(__dirname, '../../client/src/extension.ts'), 'utf8');
  assert.match(source, /errorHandler: crashes\.errorHandler/);
  assert.match(source, /outputChannel: crashes\.outputChannel/);
  assert.match(source, /revealOutputChannelOn: RevealOutputChannelOn\.Never/);
  const handling = readFileSync(path.resolve(__dirname, '../../client/src/crash-handling.ts'), 'utf8');
  // Every result says it was handled: vscode-languageclient then only logs, and shows no popup of its own.
  assert.equal((handling.match(/action: (ErrorAction|CloseAction)\.\w+/g) ?? []).length, 4);
  assert.equal((handling.match(/action: (ErrorAction|CloseAction)\.\w+, handled: true/g) ?? []).length, 4);
});
