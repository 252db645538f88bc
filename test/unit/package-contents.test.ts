/**
 * Issue 11, item 7: the VSIX ships only what the extension runs (the CLI stays out), the npm package the command
 * line and the server for other editors. Lists the files as `vsce package` and `npm pack` would take them (the
 * build, which `npm test` runs first, made the bundles).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

test('the VSIX holds the bundles the extension runs, its manifest texts, schema, bundles and icon; not the CLI', () => {
  const files = run(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .sort();
  assert.deepEqual(files, [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'client/out/extension.js',
    'client/out/preview-page.css',
    'client/out/preview-page.js',
    'images/icon.png',
    'kube-svc.schema.json',
    'l10n/bundle.l10n.json',
    'l10n/bundle.l10n.ko.json',
    'package.json',
    'package.nls.json',
    'package.nls.ko.json',
    'server/out/server.js',
    'syntaxes/kube-svc-service.injection.json',
  ]);
});

test('the npm package holds the CLI its bin names, the server for other editors and the settings schema', () => {
  const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string }[] }[];
  assert.deepEqual(pack.files.map((f) => f.path).sort(), [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'kube-svc.schema.json',
    'package.json',
    'server/out/cli.js',
    'server/out/server.js',
  ]);
});
